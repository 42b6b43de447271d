package ru.nastavnik.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Nastavnik's database is.
 * <p>
 * With {@code spring.datasource.url} set, the application uses that server and starts nothing: the datasource user
 * is the application role (must not be a superuser or have BYPASSRLS) and {@code owner-username}/{@code owner-password}
 * name the schema owner that runs migrations (defaults to the same user). Without it, an embedded PostgreSQL is
 * started: persistent in {@code embedded.data-dir}, or throw-away (one fresh database per Spring context) when the
 * data dir is empty, as in tests.
 */
@ConfigurationProperties("nastavnik.db")
public record DatabaseProperties(String ownerUsername, String ownerPassword, Embedded embedded) {

	public DatabaseProperties {
		embedded = embedded == null ? new Embedded(null, 0) : embedded;
	}

	/**
	 * @param dataDir persistent data directory; blank = ephemeral
	 * @param port    fixed port, 0 = any free port
	 */
	public record Embedded(String dataDir, int port) {
	}
}
