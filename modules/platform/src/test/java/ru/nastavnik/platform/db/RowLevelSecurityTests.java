package ru.nastavnik.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.test.ProtectedTestTable;

/**
 * Tenant isolation is enforced by PostgreSQL, not by remembering a WHERE clause: a table protected with
 * {@code platform.protect_tenant_table} shows and accepts only the current tenant's rows to the application role.
 */
@SpringBootTest
class RowLevelSecurityTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseCoordinates coordinates;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	TenantDirectory tenants;

	JdbcTemplate app;

	TenantId sasovo;

	TenantId sosnovka;

	@BeforeEach
	void probeTable() {
		sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		sosnovka = tenants.bySlug("sosnovka").orElseThrow().id();
		app = new JdbcTemplate(dataSource);
		// a business table as a module's migration creates it: as the schema owner, under tenant isolation
		ProtectedTestTable.create(coordinates, "probe", "item", "label text not null", ", update, delete");
		insertAs(sasovo, "Сасово 1");
		insertAs(sasovo, "Сасово 2");
		insertAs(sosnovka, "Сосновка 1");
	}

	void insertAs(TenantId tenant, String label) {
		TenantContext.run(tenant, () -> tx.executeWithoutResult(s -> app.update(
				"insert into probe.item (id, tenant_id, label) values (?, ?, ?)", UUID.randomUUID(), tenant.value(), label)));
	}

	List<String> labelsVisible() {
		return tx.execute(s -> app.queryForList("select label from probe.item order by label", String.class));
	}

	@Test
	void aPlainSelectShowsOnlyTheCurrentTenantsRows() {
		var seen = TenantContext.get(sasovo, this::labelsVisible);
		assertThat(seen).containsExactly("Сасово 1", "Сасово 2");
		assertThat(TenantContext.get(sosnovka, this::labelsVisible)).containsExactly("Сосновка 1");
	}

	@Test
	void anInsertWithAnotherTenantsIdIsRefusedByTheDatabase() {
		assertThatThrownBy(() -> TenantContext.run(sasovo, () -> tx.executeWithoutResult(s -> app.update(
				"insert into probe.item (id, tenant_id, label) values (?, ?, 'чужая')", UUID.randomUUID(), sosnovka.value()))))
			.rootCause().hasMessageContaining("violates row-level security policy");
		assertThat(TenantContext.get(sosnovka, this::labelsVisible)).containsExactly("Сосновка 1");
	}

	@Test
	void anUpdateCannotReachAnotherTenantsRows() {
		int updated = TenantContext.get(sasovo, () -> tx.execute(s -> app.update("update probe.item set label = 'взлом'")));
		assertThat(updated).isEqualTo(2);
		assertThat(TenantContext.get(sosnovka, this::labelsVisible)).containsExactly("Сосновка 1");
	}

	@Test
	void withoutATenantNothingIsVisible() {
		assertThat(labelsVisible()).isEmpty();
		// nor outside a transaction (autocommit): the settings are only ever set transaction-locally
		assertThat(app.queryForList("select label from probe.item", String.class)).isEmpty();
	}

	@Test
	void aReadOnlyRegionScopeReadsItsTenantsButWritesNothing() {
		var both = TenantContext.readAcross(List.of(sasovo, sosnovka), this::labelsVisible);
		assertThat(both).containsExactly("Сасово 1", "Сасово 2", "Сосновка 1");
		assertThatThrownBy(() -> TenantContext.readAcross(List.of(sasovo), () -> tx.execute(s -> app.update(
				"insert into probe.item (id, tenant_id, label) values (?, ?, 'x')", UUID.randomUUID(), sasovo.value()))))
			.rootCause().hasMessageContaining("violates row-level security policy");
	}

	@Test
	void theSettingDoesNotOutliveItsTransaction() {
		TenantContext.run(sasovo, () -> tx.executeWithoutResult(s -> app.queryForList("select 1")));
		// the next transaction on a pooled connection, with no tenant, sees nothing
		assertThat(labelsVisible()).isEmpty();
	}

	@Test
	void theApplicationRoleCannotBypassRowLevelSecurity() {
		var flags = app.queryForMap("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
		assertThat(flags).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
		var forced = app.queryForObject(
				"select relforcerowsecurity and relrowsecurity from pg_class where oid = 'probe.item'::regclass",
				Boolean.class);
		assertThat(forced).isTrue();
	}
}
