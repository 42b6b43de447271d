package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.nastavnik.monitoring.MonitoringEvents.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.monitoring.application.ProjectionRebuild;
import ru.nastavnik.monitoring.domain.EventJournal;
import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.pairing.PairDissolved;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRole;

/**
 * Monitoring journals every event it projects, in the transaction of the projection, and rebuilds a tenant's
 * projections from that journal — the events arrive through the real asynchronous listeners, on the real PostgreSQL.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class MonitoringJournalTests {

	@Autowired
	TenancyService tenancy;

	@Autowired
	IndicatorService indicators;

	@Autowired
	ProjectionStore projections;

	@Autowired
	ProjectionRebuild rebuild;

	@Autowired
	EventJournal journal;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	TenantId newTenant(String slug) {
		return new JournaledTenants(tenancy, transactions, journal).create(slug);
	}

	long journaled(TenantId tenant) {
		return new JournaledTenants(tenancy, transactions, journal).journaled(tenant);
	}

	int pupilsInvolved(TenantId tenant, UUID school, LocalDate date) {
		return TenantContext.get(tenant, () -> indicators.values(date, school, null)).stream()
			.filter(v -> v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElseThrow().numerator();
	}

	@Test
	void theProjectionsWipedOutAreRebuiltFromTheJournalExactlyAsTheListenersBuiltThem(Scenario scenario) {
		String slug = JournaledTenants.slug("journal");
		TenantId tenant = newTenant(slug);
		UUID school = UUID.randomUUID();
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID c = UUID.randomUUID();
		UUID teacher = UUID.randomUUID();
		UUID peerPair = UUID.randomUUID();
		LocalDate november = LocalDate.of(2020, 11, 15);
		LocalDate endOf2020 = LocalDate.of(2020, 12, 31);
		List<Object> events = List.of(school(tenant, school, "МБОУ СОШ № 1"),
				contingent(tenant, school, 2020, 30, 20, 8, 20, 4),
				registered(tenant, pupil(a, school, AgeBand.FROM_10_TO_14, ParticipantRole.MENTEE)),
				registered(tenant, pupil(b, school, AgeBand.FROM_15_TO_19, ParticipantRole.MENTOR)),
				registered(tenant, pupil(c, school, AgeBand.FROM_10_TO_14, ParticipantRole.MENTEE)),
				registered(tenant, teacher(teacher, school, false, true, ParticipantRole.MENTOR)),
				order(tenant, school, LocalDate.of(2020, 10, 1),
						pair(peerPair, Forms.PUPIL_PUPIL, school, b, "PUPIL", a, "PUPIL"),
						pair(UUID.randomUUID(), Forms.TEACHER_PUPIL, school, teacher, "TEACHER", c, "PUPIL")),
				new PairDissolved(tenant, peerPair, Forms.PUPIL_PUPIL, school, b, List.of(a), LocalDate.of(2020, 12, 1),
						"переезд"),
				new ParticipantLeft(tenant, c, school, LocalDate.of(2020, 12, 15), "выбыл"));
		long before = journaled(tenant);
		for (int i = 0; i < events.size(); i++) {
			long expected = before + i + 1;
			scenario.publish(events.get(i)).andWaitForStateChange(() -> journaled(tenant) == expected);
		}
		Supplier<Object> state = () -> TenantContext.get(tenant, () -> List.of(indicators.values(november, null, null),
				indicators.values(endOf2020, null, null), indicators.values(endOf2020, school, null),
				indicators.byForm(november).stream().map(f -> f.formCode() + ":" + f.activePairs() + ":" + f.participants())
					.toList()));
		var byListeners = state.get();
		assertThat(pupilsInvolved(tenant, school, november)).isEqualTo(3); // a, b in the peer pair; c with the teacher
		assertThat(pupilsInvolved(tenant, school, endOf2020)).isZero(); // the peer pair dissolved, c left

		// the projections lost (e.g. a wrong counting rule fixed and its data dropped)…
		TenantContext.run(tenant, () -> transactions.executeWithoutResult(tx -> projections.reset()));
		assertThat(pupilsInvolved(tenant, school, november)).isZero();
		// …come back from the journal, exactly
		var result = TenantContext.get(tenant, () -> rebuild.rebuildFromJournal());
		assertThat(result.events()).isEqualTo((int) journaled(tenant));
		assertThat(result.participants()).isEqualTo(4);
		assertThat(result.pairs()).isEqualTo(2);
		assertThat(state.get()).isEqualTo(byListeners);
		// another municipality's journal is not this one's
		TenantId other = newTenant(slug + "o");
		assertThat(journaled(other)).isEqualTo(1); // its own TenantCreated only
	}

	@Test
	void aTenantOnboardedBeforeTheJournalIsRefusedAndItsProjectionsAreLeftAlone(Scenario scenario) {
		String slug = JournaledTenants.slug("nojournal");
		TenantId tenant = newTenant(slug);
		UUID school = UUID.randomUUID();
		scenario.publish(contingent(tenant, school, 2020, 30, 20, 8, 20, 4))
			.andWaitForStateChange(() -> journaled(tenant) == 2);
		// as if the tenant had been onboarded before monitoring kept a journal: its first event is missing
		TenantContext.run(tenant, () -> transactions.executeWithoutResult(tx -> jdbc.update(
				"delete from monitoring.event_journal where event_type = 'ru.nastavnik.platform.TenantCreated'")));
		assertThatThrownBy(() -> TenantContext.run(tenant, () -> rebuild.rebuildFromJournal()))
			.isInstanceOf(BusinessRuleProblem.class).hasMessageContaining("журнал событий мониторинга этого муниципалитета неполон");
		java.util.Map<UUID, ?> contingent = TenantContext.get(tenant,
				() -> transactions.execute(tx -> projections.contingent(2020)));
		assertThat(contingent).containsKey(school);
	}

	@Test
	void theCoordinatorRebuildsOverTheApiAndThePageNobodyElseDoes() throws Exception {
		String slug = JournaledTenants.slug("journalweb");
		newTenant(slug);
		mvc.perform(post("/api/" + slug + "/monitoring/projections/rebuild").with(csrf())
				.with(TestUsers.as(tenancy, slug)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events").value(1));
		mvc.perform(post("/t/" + slug + "/monitoring/rebuild").with(csrf()).with(TestUsers.as(tenancy, slug)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Показатели пересчитаны из журнала: событий — 1, участников — 0, пар — 0"));
		// another municipality's coordinator
		mvc.perform(post("/api/" + slug + "/monitoring/projections/rebuild").with(csrf())
				.with(TestUsers.as(tenancy, "sosnovka")))
			.andExpect(status().isForbidden());
	}
}
