package ru.nastavnik.platform.test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import ru.nastavnik.platform.db.DatabaseCoordinates;

/**
 * Test support shared through the platform's test-jar: a business table made for a test as a module's migration makes
 * one — by the schema owner, under tenant isolation ({@code platform.protect_tenant_table}), granted to the
 * application role.
 */
public final class ProtectedTestTable {

	private ProtectedTestTable() {
	}

	/** The schema owner's connection (migrations' rights; row-level security still applies to it: FORCE). */
	public static JdbcTemplate owner(DatabaseCoordinates db) {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), db.ownerUsername(),
				db.ownerPassword()));
	}

	/**
	 * Creates {@code schema.table (id uuid primary key, tenant_id uuid not null, <columns>)} afresh, protected and
	 * granted select and insert (plus {@code extraGrants}, e.g. {@code ", update, delete"}) to the application role.
	 * Returns the owner's connection for further migration steps.
	 */
	public static JdbcTemplate create(DatabaseCoordinates db, String schema, String table, String columns, String extraGrants) {
		JdbcTemplate owner = owner(db);
		owner.execute("create schema if not exists " + schema);
		owner.execute("drop table if exists " + schema + "." + table);
		owner.execute("create table " + schema + "." + table + " (id uuid primary key, tenant_id uuid not null, " + columns + ")");
		owner.execute("call platform.protect_tenant_table('" + schema + "." + table + "')");
		owner.execute("grant usage on schema " + schema + " to " + db.appUsername());
		owner.execute("grant select, insert" + extraGrants + " on " + schema + "." + table + " to " + db.appUsername());
		return owner;
	}
}
