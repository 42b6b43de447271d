package ru.nastavnik.platform.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The datasource (application role, under row-level security), the migrations (schema owner), and the tenant-aware
 * transaction manager. Runs before Spring Boot's own datasource configuration, which then backs off.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration" })
@EnableConfigurationProperties(DatabaseProperties.class)
public class PlatformDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PlatformDatabaseConfiguration.class);

	/** The embedded servers by JDBC URL, released when the datasource on them closes. */
	private static final java.util.Map<String, EmbeddedPostgresServer> leases = new java.util.concurrent.ConcurrentHashMap<>();

	@Bean
	DatabaseCoordinates databaseCoordinates(Environment env, DatabaseProperties properties) {
		String url = env.getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			String user = env.getProperty("spring.datasource.username");
			String password = env.getProperty("spring.datasource.password");
			String owner = StringUtils.hasText(properties.ownerUsername()) ? properties.ownerUsername() : user;
			String ownerPassword = StringUtils.hasText(properties.ownerUsername()) ? properties.ownerPassword() : password;
			log.info("Using the PostgreSQL server at {} (application role {}, migrations as {})", url, user, owner);
			return new DatabaseCoordinates(url, user, password, owner, ownerPassword, false);
		}
		String dataDir = properties.embedded().dataDir();
		EmbeddedPostgresServer server;
		String database;
		if (StringUtils.hasText(dataDir)) {
			server = EmbeddedPostgresServer.persistent(Path.of(dataDir), properties.embedded().port());
			database = "nastavnik";
		}
		else {
			server = EmbeddedPostgresServer.ephemeral();
			database = EmbeddedPostgresServer.nextTestDatabase();
		}
		String jdbcUrl = server.provision(database);
		server.acquire();
		leases.put(jdbcUrl, server);
		log.info("Embedded PostgreSQL on port {} (database {})", server.port(), database);
		return new DatabaseCoordinates(jdbcUrl, EmbeddedPostgresServer.APP, EmbeddedPostgresServer.APP,
				EmbeddedPostgresServer.OWNER, EmbeddedPostgresServer.OWNER, true);
	}

	@Bean
	@Primary
	DataSource dataSource(DatabaseCoordinates db, Environment env) {
		DataSource owner = new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), db.ownerUsername(),
				db.ownerPassword());
		DatabaseMigrations.migrate(owner, db.appUsername(), getClass().getClassLoader());

		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(db.url());
		config.setUsername(db.appUsername());
		config.setPassword(db.appPassword());
		// nastavnik.db.pool-size: per instance; with N instances the server (or PgBouncer) sees N times as many
		config.setMaximumPoolSize(env.getProperty("nastavnik.db.pool-size", Integer.class, db.embedded() ? 12 : 20));
		config.setPoolName("nastavnik");
		HikariDataSource dataSource = new HikariDataSource(config) {
			@Override
			public void close() {
				super.close();
				EmbeddedPostgresServer server = leases.remove(db.url());
				if (server != null) {
					server.release();
				}
			}
		};
		refuseBypassingRole(dataSource, db.appUsername());
		return dataSource;
	}

	/** Row-level security means nothing for a superuser or a BYPASSRLS role: refuse to run as one. */
	static void refuseBypassingRole(DataSource dataSource, String user) {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
			if (rs.next() && (rs.getBoolean(1) || rs.getBoolean(2))) {
				throw new IllegalStateException("The database user '" + user + "' is a superuser or has BYPASSRLS, "
						+ "so tenant isolation by row-level security would not apply. Connect as a plain role and give "
						+ "the schema owner in nastavnik.db.owner-username / owner-password.");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
		}
	}

	@Bean
	PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new TenantAwareTransactionManager(dataSource);
	}
}
