package ru.nastavnik.app.instances;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import ru.nastavnik.platform.db.DatabaseCoordinates;

/**
 * The database seen from above row-level security (the embedded server's superuser): rows per tenant in every business
 * table, and rows that reference another tenant's row. For checks only — the application never connects like this.
 */
public final class TenantRows {

	static final List<String> MODULE_SCHEMAS = List.of("registry", "roadmap", "pairing", "monitoring", "publication");

	private final JdbcTemplate superuser;

	public TenantRows(DatabaseCoordinates db) {
		this.superuser = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), "postgres", "postgres"));
	}

	public JdbcTemplate superuser() {
		return superuser;
	}

	/** Every table of the business modules that has a {@code tenant_id}. */
	public List<String> tenantTables() {
		return superuser.queryForList("""
				select c.table_schema || '.' || c.table_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE' and c.table_schema = any (?)
				order by 1""", String.class, (Object) MODULE_SCHEMAS.toArray(String[]::new));
	}

	/** Rows of the tenant in each business table. */
	public Map<String, Integer> countsOf(UUID tenant) {
		var counts = new LinkedHashMap<String, Integer>();
		for (String table : tenantTables()) {
			counts.put(table, superuser.queryForObject("select count(*) from " + table + " where tenant_id = ?",
					Integer.class, tenant));
		}
		return counts;
	}

	/**
	 * Rows whose foreign key points at a row of another tenant, for every single-column foreign key between two
	 * tenant tables: {@code child -> parent = number}; empty when there is none.
	 */
	public Map<String, Integer> crossTenantReferences() {
		var result = new LinkedHashMap<String, Integer>();
		var keys = superuser.queryForList("""
				select cn.nspname || '.' || c.relname as child, ca.attname as child_column,
				       pn.nspname || '.' || p.relname as parent, pa.attname as parent_column
				from pg_constraint k
				join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
				join pg_class p on p.oid = k.confrelid join pg_namespace pn on pn.oid = p.relnamespace
				join pg_attribute ca on ca.attrelid = k.conrelid and ca.attnum = k.conkey[1]
				join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = k.confkey[1]
				where k.contype = 'f' and array_length(k.conkey, 1) = 1 and cn.nspname = any (?)
				  and exists (select 1 from pg_attribute x where x.attrelid = k.conrelid and x.attname = 'tenant_id')
				  and exists (select 1 from pg_attribute x where x.attrelid = k.confrelid and x.attname = 'tenant_id')""",
				(Object) MODULE_SCHEMAS.toArray(String[]::new));
		for (var key : keys) {
			String sql = "select count(*) from %s ch join %s pa on pa.%s = ch.%s where pa.tenant_id <> ch.tenant_id"
				.formatted(key.get("child"), key.get("parent"), key.get("parent_column"), key.get("child_column"));
			result.put(key.get("child") + "." + key.get("child_column") + " -> " + key.get("parent"),
					superuser.queryForObject(sql, Integer.class));
		}
		return result;
	}

	/** The tenant each of these ids belongs to, looked up in every business table that has an {@code id} column. */
	public Map<UUID, UUID> tenantsOfIds(java.util.Collection<UUID> ids) {
		var owners = new java.util.HashMap<UUID, UUID>();
		if (ids.isEmpty()) {
			return owners;
		}
		UUID[] array = ids.toArray(UUID[]::new);
		for (String table : tenantTables()) {
			boolean hasId = Boolean.TRUE.equals(superuser.queryForObject(
					"select exists (select 1 from information_schema.columns where table_schema || '.' || table_name = ? "
							+ "and column_name = 'id' and data_type = 'uuid')", Boolean.class, table));
			if (hasId) {
				superuser.query("select id, tenant_id from " + table + " where id = any (?)", rs -> {
					owners.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
				}, (Object) array);
			}
		}
		return owners;
	}
}
