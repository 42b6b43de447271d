package ru.nastavnik.platform.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantId;

/**
 * The platform's tables. Plain JDBC rather than Spring Data repositories, so that the platform works the same
 * whichever packages an application (or a module's test) scans.
 */
@Repository
class TenancyStore {

	private final JdbcClient jdbc;

	TenancyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- regions

	List<Region> regions() {
		return jdbc.sql("select code, name from platform.region order by name").query(Region.class).list();
	}

	boolean regionExists(String code) {
		return jdbc.sql("select count(*) from platform.region where code = ?").param(code).query(Integer.class).single() > 0;
	}

	Optional<Region> region(String code) {
		return jdbc.sql("select code, name from platform.region where code = ?").param(code).query(Region.class).optional();
	}

	// --- tenants

	private static final String TENANT = "select id, slug, name, region_code, authority, created_at from platform.tenant ";

	void insert(Tenant t) {
		jdbc.sql("insert into platform.tenant (id, slug, name, region_code, authority, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(t.id(), t.slug(), t.name(), t.regionCode(), t.authority(), Timestamp.from(t.createdAt()))
			.update();
	}

	Optional<Tenant> tenantBySlug(String slug) {
		return jdbc.sql(TENANT + "where slug = ?").param(slug).query(TenancyStore::tenant).optional();
	}

	Optional<Tenant> tenantById(UUID id) {
		return jdbc.sql(TENANT + "where id = ?").param(id).query(TenancyStore::tenant).optional();
	}

	List<Tenant> tenantsInRegion(String region) {
		return jdbc.sql(TENANT + "where region_code = ? order by name").param(region).query(TenancyStore::tenant).list();
	}

	List<Tenant> tenants() {
		return jdbc.sql(TENANT + "order by name").query(TenancyStore::tenant).list();
	}

	private static Tenant tenant(ResultSet rs, int row) throws SQLException {
		return new Tenant(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
				rs.getString("region_code"), rs.getString("authority"), rs.getTimestamp("created_at").toInstant());
	}

	// --- accounts

	private static final String ACCOUNT = "select id, username, password_hash, display_name, role, tenant_id, region_code, "
			+ "organization_id, enabled, created_at, participant_id, representative from platform.account ";

	void insert(Account a) {
		jdbc.sql("insert into platform.account (id, username, password_hash, display_name, role, tenant_id, region_code, "
				+ "organization_id, enabled, created_at, participant_id, representative) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.username(), a.passwordHash(), a.displayName(), a.role().name(),
					a.tenantId() == null ? null : a.tenantId().value(), a.regionCode(), a.organizationId(), a.enabled(),
					Timestamp.from(a.createdAt()), a.participantId(), a.representative())
			.update();
	}

	/** The enabled account bound to a participant of a tenant, if any. */
	Optional<Account> participantAccount(TenantId tenant, UUID participantId) {
		return jdbc.sql(ACCOUNT + "where role = 'PARTICIPANT' and tenant_id = ? and participant_id = ? and enabled")
			.params(tenant.value(), participantId).query(TenancyStore::account).optional();
	}

	/** Disables every account bound to the participant; how many were enabled. */
	int disableParticipantAccounts(TenantId tenant, UUID participantId) {
		return jdbc.sql("update platform.account set enabled = false, version = version + 1 "
				+ "where role = 'PARTICIPANT' and tenant_id = ? and participant_id = ? and enabled")
			.params(tenant.value(), participantId).update();
	}

	Optional<Account> accountByUsername(String username) {
		return jdbc.sql(ACCOUNT + "where lower(username) = lower(?)").param(username).query(TenancyStore::account).optional();
	}

	boolean anyAccountWithRole(Role role) {
		return jdbc.sql("select count(*) from platform.account where role = ?").param(role.name()).query(Integer.class)
			.single() > 0;
	}

	List<Account> accountsOf(TenantId tenant) {
		return jdbc.sql(ACCOUNT + "where tenant_id = ? order by username").param(tenant.value())
			.query(TenancyStore::account).list();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		UUID tenant = rs.getObject("tenant_id", UUID.class);
		return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				tenant == null ? null : new TenantId(tenant), rs.getString("region_code"),
				rs.getObject("organization_id", UUID.class), rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("participant_id", UUID.class),
				rs.getBoolean("representative"));
	}
}
