package ru.nastavnik.platform.db;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs every module's Flyway migrations, each module in its own schema with its own history table.
 * <p>
 * A module's migrations live in {@code db/migration/<schema>/} inside its jar, so the set of schemas is whatever is on
 * the classpath: the whole application migrates all modules, a module test only its own and the platform's. The
 * platform's schema goes first (it holds the row-level-security functions the others use); no module references
 * another module's schema, so the rest run in alphabetical order. Migrations run as the schema owner; the placeholder
 * {@code ${app_role}} names the application role to grant to.
 */
public final class DatabaseMigrations {

	static final String PLATFORM_SCHEMA = "platform";

	private static final Logger log = LoggerFactory.getLogger(DatabaseMigrations.class);

	private DatabaseMigrations() {
	}

	public static List<String> schemasOnClasspath(ClassLoader classLoader) {
		var resolver = new PathMatchingResourcePatternResolver(classLoader);
		var schemas = new TreeSet<String>();
		try {
			for (Resource resource : resolver.getResources("classpath*:db/migration/*/V*.sql")) {
				String url = resource.getURL().toString();
				String folder = url.substring(0, url.lastIndexOf('/'));
				schemas.add(folder.substring(folder.lastIndexOf('/') + 1));
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot list migrations", e);
		}
		var ordered = new ArrayList<String>();
		if (schemas.remove(PLATFORM_SCHEMA)) {
			ordered.add(PLATFORM_SCHEMA);
		}
		ordered.addAll(schemas);
		return ordered;
	}

	public static void migrate(DataSource owner, String appRole, ClassLoader classLoader) {
		for (String schema : schemasOnClasspath(classLoader)) {
			var result = Flyway.configure(classLoader)
				.dataSource(owner)
				.schemas(schema)
				.defaultSchema(schema)
				.createSchemas(true)
				.table("flyway_schema_history")
				.locations("classpath:db/migration/" + schema)
				.placeholders(Map.of("app_role", appRole))
				// versions are reserved per line of work (V13_x, V14_x, …) and merged in any order: a database already at
				// V17_1 must still apply a V13_1 merged after it (docs/developer-guide.md, «Migrations»)
				.outOfOrder(true)
				.load()
				.migrate();
			log.info("Schema {}: {} migration(s) applied, now at {}", schema, result.migrationsExecuted,
					result.targetSchemaVersion);
		}
	}
}
