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
 * The participant scope is enforced by PostgreSQL (decision 0010): a table under
 * {@code platform.restrict_to_participant} shows a participant's transaction only the rows of that participant, and
 * refuses to write any other, while staff transactions of the same tenant (no participant set) see everything.
 * Plain SQL as the application role — no web layer, no service in between.
 */
@SpringBootTest
class ParticipantRowLevelSecurityTests {

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

	final UUID anna = UUID.randomUUID();

	final UUID boris = UUID.randomUUID();

	@BeforeEach
	void probeTable() {
		sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		sosnovka = tenants.bySlug("sosnovka").orElseThrow().id();
		app = new JdbcTemplate(dataSource);
		var owner = ProtectedTestTable.create(coordinates, "probe", "answer",
				"participant_id uuid not null, text varchar(100) not null", ", update, delete");
		owner.execute("call platform.restrict_to_participant('probe.answer', 'participant_id = (select platform.current_participant_id())')");
		insert(TenantContext.Scope.single(sasovo), anna, "ответ Анны");
		insert(TenantContext.Scope.single(sasovo), boris, "ответ Бориса");
		insert(TenantContext.Scope.single(sosnovka), anna, "тот же id в Сосновке");
	}

	void insert(TenantContext.Scope scope, UUID participant, String text) {
		TenantContext.call(scope, () -> tx.execute(s -> app.update(
				"insert into probe.answer (id, tenant_id, participant_id, text) values (?, ?, ?, ?)", UUID.randomUUID(),
				scope.writable().value(), participant, text)));
	}

	List<String> visible(TenantContext.Scope scope) {
		return TenantContext.call(scope,
				() -> tx.execute(s -> app.queryForList("select text from probe.answer order by text", String.class)));
	}

	@Test
	void aParticipantSeesOnlyTheirOwnRowsOfTheirOwnTenant() {
		assertThat(visible(TenantContext.Scope.participant(sasovo, anna))).containsExactly("ответ Анны");
		assertThat(visible(TenantContext.Scope.participant(sasovo, boris))).containsExactly("ответ Бориса");
		// the same participant id in another tenant: only that tenant's row, never Sasovo's
		assertThat(visible(TenantContext.Scope.participant(sosnovka, anna))).containsExactly("тот же id в Сосновке");
	}

	@Test
	void staffOfTheTenantAreNotNarrowed() {
		assertThat(visible(TenantContext.Scope.single(sasovo))).containsExactly("ответ Анны", "ответ Бориса");
	}

	@Test
	void aParticipantCannotWriteChangeOrDeleteAnotherParticipantsRows() {
		var asAnna = TenantContext.Scope.participant(sasovo, anna);
		insert(asAnna, anna, "ещё ответ Анны");
		assertThatThrownBy(() -> insert(asAnna, boris, "подложный ответ Борису"))
			.rootCause().hasMessageContaining("row-level security");
		int changed = TenantContext.call(asAnna, () -> tx.execute(s -> app.update(
				"update probe.answer set text = 'изменено' where participant_id = ?", boris)));
		int deleted = TenantContext.call(asAnna, () -> tx.execute(s -> app.update(
				"delete from probe.answer where participant_id = ?", boris)));
		assertThat(changed).isZero();
		assertThat(deleted).isZero();
		assertThatThrownBy(() -> TenantContext.call(asAnna, () -> tx.execute(s -> app.update(
				"update probe.answer set participant_id = ? where participant_id = ?", boris, anna))))
			.rootCause().hasMessageContaining("row-level security");
		assertThat(visible(TenantContext.Scope.single(sasovo))).contains("ответ Бориса").doesNotContain("изменено");
	}

	@Test
	void theParticipantSettingDoesNotOutliveItsTransaction() {
		assertThat(visible(TenantContext.Scope.participant(sasovo, anna))).hasSize(1);
		// the next transaction on a pooled connection, for staff: all rows again
		assertThat(visible(TenantContext.Scope.single(sasovo))).hasSize(2);
	}
}
