package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.monitoring.MonitoringEvents.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.monitoring.application.ProjectionRebuild;
import ru.nastavnik.monitoring.domain.EventJournal;
import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.DatabaseFaults;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.ParticipantsChanged;
import ru.nastavnik.registry.ParticipantsRegistered;

/**
 * An import's chunks of participants move monitoring's projections exactly as the same facts one person at a time do
 * (another municipality gets those, as the oracle); a chunk delivered again changes nothing — participants, counters,
 * journal; a chunk whose transaction fails after its participants and counters were written leaves none of it and is
 * applied whole on the retry; the journal keeps the chunks (without names) and rebuilds the same indicators.
 */
@ApplicationModuleTest
class MonitoringChunkTests {

	static final LocalDate ORDER = LocalDate.of(2020, 10, 1);

	static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);

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
	DatabaseCoordinates db;

	@Autowired
	IncompleteEventPublications incomplete;

	TenantId newTenant(String prefix) {
		return new JournaledTenants(tenancy, transactions, journal).create(JournaledTenants.slug(prefix));
	}

	long journaled(TenantId tenant) {
		return new JournaledTenants(tenancy, transactions, journal).journaled(tenant);
	}

	boolean listenersDone() {
		return jdbc.queryForObject("select count(*) from platform.event_publication where completion_date is null "
				+ "and listener_id like 'ru.nastavnik.monitoring.%'", Integer.class) == 0;
	}

	/** What the municipality's indicators say, for the whole and the school, on two dates, and by form. */
	Object indicators(TenantId tenant, UUID school) {
		return TenantContext.get(tenant, () -> List.of(indicators.values(ORDER.minusDays(1), null, null),
				indicators.values(END_OF_2020, null, null), indicators.values(END_OF_2020, school, null),
				indicators.byForm(END_OF_2020).stream().map(f -> f.formCode() + ":" + f.activePairs() + ":" + f.participants())
					.toList()));
	}

	/** Every row of the tenant's participant projection and counters, without the tenant, sorted. */
	List<String> stored(TenantId tenant) {
		return TenantContext.get(tenant, () -> transactions.execute(tx -> {
			var rows = new ArrayList<String>();
			for (String table : List.of("participant", "involvement_school_delta", "involvement_tenant_delta", "pair_delta")) {
				// a counter cell that went up and down again holds 0: the same as no cell (a rebuild writes none)
				rows.addAll(jdbc.queryForList("select (to_jsonb(t) - 'tenant_id')::text from monitoring." + table
						+ " t where coalesce((to_jsonb(t) ->> 'delta')::int, 1) <> 0", String.class));
			}
			return rows.stream().sorted().toList();
		}));
	}

	int pupilsInvolved(TenantId tenant, LocalDate date) {
		return TenantContext.get(tenant, () -> indicators.values(date, null, null)).stream()
			.filter(v -> v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElseThrow().numerator();
	}

	static ParticipantSnapshot inBand(ParticipantSnapshot p, AgeBand band) {
		return new ParticipantSnapshot(p.participantId(), p.organizationId(), p.name(), p.category(), p.grade(), band,
				p.minor(), p.youngTeacher(), p.roles(), p.competencies(), p.requests(), p.mentorCapacity(),
				p.mentorTrained(), p.positiveExperience(), p.processingConsent(), p.publicationConsent(), p.joinedOn(),
				p.active());
	}

	/**
	 * The facts of the test: a school, nine people, then an order of four pairs (one with a person not yet known), then
	 * a second version of three of them. Identifiers are global (one municipality's participant is nobody else's), so
	 * the oracle municipality gets the same facts under other identifiers ({@link #renamed()}).
	 */
	record Facts(UUID school, List<ParticipantSnapshot> people, ParticipantSnapshot late, List<ParticipantSnapshot> changes,
			UUID[] pairs) {

		static Facts make() {
			UUID school = UUID.randomUUID();
			var people = new ArrayList<ParticipantSnapshot>();
			for (int i = 0; i < 6; i++) {
				people.add(pupil(UUID.randomUUID(), school, i % 2 == 0 ? AgeBand.FROM_10_TO_14 : AgeBand.FROM_15_TO_19,
						i % 3 == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE));
			}
			people.add(teacher(UUID.randomUUID(), school, true, false, ParticipantRole.MENTOR)); // 6: young, untrained
			people.add(teacher(UUID.randomUUID(), school, false, true, ParticipantRole.MENTOR)); // 7: trained
			people.add(teacher(UUID.randomUUID(), school, true, false, ParticipantRole.MENTEE)); // 8: young mentee
			var late = pupil(UUID.randomUUID(), school, AgeBand.FROM_15_TO_19, ParticipantRole.MENTEE);
			// the file's second version: a paired pupil a year older, a mentor trained, an unpaired pupil older
			var changes = List.of(inBand(people.get(1), AgeBand.FROM_15_TO_19),
					teacher(people.get(6).participantId(), school, true, true, ParticipantRole.MENTOR),
					inBand(people.get(4), AgeBand.FROM_15_TO_19));
			return new Facts(school, people, late, changes,
					new UUID[] { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() });
		}

		/** The same facts under new identifiers, and which new identifier each old one became. */
		Renamed renamed() {
			var ids = new java.util.HashMap<UUID, UUID>();
			ids.put(school, UUID.randomUUID());
			java.util.function.UnaryOperator<ParticipantSnapshot> rename = p -> new ParticipantSnapshot(
					ids.computeIfAbsent(p.participantId(), k -> UUID.randomUUID()), ids.get(p.organizationId()), p.name(),
					p.category(), p.grade(), p.ageBand(), p.minor(), p.youngTeacher(), p.roles(), p.competencies(),
					p.requests(), p.mentorCapacity(), p.mentorTrained(), p.positiveExperience(), p.processingConsent(),
					p.publicationConsent(), p.joinedOn(), p.active());
			var renamed = new Facts(ids.get(school), people.stream().map(rename).toList(), rename.apply(late),
					changes.stream().map(rename).toList(),
					java.util.Arrays.stream(pairs).map(id -> ids.computeIfAbsent(id, k -> UUID.randomUUID()))
						.toArray(UUID[]::new));
			return new Renamed(renamed, ids);
		}

		Object order(TenantId tenant) {
			return MonitoringEvents.order(tenant, school, ORDER,
					pair(pairs[0], Forms.PUPIL_PUPIL, school, people.get(0).participantId(), "PUPIL",
							people.get(1).participantId(), "PUPIL"),
					pair(pairs[1], Forms.TEACHER_PUPIL, school, people.get(7).participantId(), "TEACHER",
							people.get(2).participantId(), "PUPIL"),
					pair(pairs[2], Forms.TEACHER_TEACHER, school, people.get(6).participantId(), "TEACHER",
							people.get(8).participantId(), "TEACHER"),
					pair(pairs[3], Forms.PUPIL_PUPIL, school, people.get(3).participantId(), "PUPIL", late.participantId(),
							"PUPIL"));
		}
	}

	record Renamed(Facts facts, java.util.Map<UUID, UUID> ids) {

		/** Rows stored under the old identifiers, as they read under the new ones. */
		List<String> apply(List<String> rows) {
			return rows.stream().map(row -> {
				String out = row;
				for (var e : ids.entrySet()) {
					out = out.replace(e.getKey().toString(), e.getValue().toString());
				}
				return out;
			}).sorted().toList();
		}
	}

	/** The same facts one person at a time, into {@code tenant}: what the chunks must amount to. */
	void onePersonAtATime(Scenario scenario, TenantId tenant, Facts f) {
		long before = journaled(tenant);
		var events = new ArrayList<Object>();
		events.add(school(tenant, f.school(), "МБОУ СОШ № 7"));
		events.add(contingent(tenant, f.school(), 2020, 40, 30, 10, 20, 4));
		f.people().forEach(p -> events.add(registered(tenant, p)));
		events.add(f.order(tenant));
		events.add(registered(tenant, f.late()));
		f.changes().forEach(p -> events.add(new ParticipantChanged(tenant, p)));
		for (int i = 0; i < events.size(); i++) {
			long expected = before + i + 1;
			scenario.publish(events.get(i)).andWaitForStateChange(() -> journaled(tenant) == expected);
		}
	}

	/**
	 * The facts up to the second version, as an import's chunks: the school and its contingent, the people in a chunk,
	 * the order, the late one in a chunk of one; each step waited for by its journal entry. The journal's size before.
	 */
	long registeredAndPaired(Scenario scenario, TenantId tenant, Facts f) {
		long start = journaled(tenant);
		List<Object> events = List.of(school(tenant, f.school(), "МБОУ СОШ № 7"),
				contingent(tenant, f.school(), 2020, 40, 30, 10, 20, 4),
				new ParticipantsRegistered(tenant, UUID.randomUUID(), UUID.randomUUID(), f.people()), f.order(tenant),
				new ParticipantsRegistered(tenant, UUID.randomUUID(), UUID.randomUUID(), List.of(f.late())));
		for (int i = 0; i < events.size(); i++) {
			long expected = start + i + 1;
			scenario.publish(events.get(i)).andWaitForStateChange(() -> journaled(tenant) == expected);
		}
		return start;
	}

	@Test
	void chunksMoveTheIndicatorsExactlyAsOnePersonAtATimeAndARedeliveryChangesNothing(Scenario scenario) {
		var oracleFacts = Facts.make();
		TenantId oracle = newTenant("chunkoracle");
		onePersonAtATime(scenario, oracle, oracleFacts);
		var renamed = oracleFacts.renamed();
		var f = renamed.facts();

		TenantId tenant = newTenant("chunks");
		long start = registeredAndPaired(scenario, tenant, f);
		var changes = new ParticipantsChanged(tenant, UUID.randomUUID(), UUID.randomUUID(), f.changes());
		scenario.publish(changes).andWaitForStateChange(() -> journaled(tenant) == start + 6);

		assertThat(indicators(tenant, f.school())).isEqualTo(indicators(oracle, oracleFacts.school()));
		assertThat(stored(tenant)).isEqualTo(renamed.apply(stored(oracle)));
		// by hand: pupils in pairs 0 before the order, 5 after it (0, 1, 2, 3 and the late one)
		assertThat(pupilsInvolved(tenant, ORDER.minusDays(1))).isZero();
		assertThat(pupilsInvolved(tenant, END_OF_2020)).isEqualTo(5);

		// the chunk of changes delivered again: participants, counters and journal stay as they are
		List<String> before = stored(tenant);
		long journalBefore = journaled(tenant);
		scenario.publish(changes).andWaitForStateChange(this::listenersDone);
		assertThat(stored(tenant)).isEqualTo(before);
		assertThat(journaled(tenant)).isEqualTo(journalBefore);

		// the journal holds the chunks, without names, and rebuilds exactly this
		List<Object> replayed = TenantContext.get(tenant, () -> transactions.execute(tx -> journal.replay()));
		assertThat(replayed).filteredOn(ParticipantsRegistered.class::isInstance).hasSize(2);
		assertThat(replayed.stream().filter(ParticipantsRegistered.class::isInstance)
			.flatMap(e -> ((ParticipantsRegistered) e).participants().stream())).hasSize(10)
			.allSatisfy(p -> assertThat(p.name()).isNull());
		var expected = indicators(tenant, f.school());
		TenantContext.run(tenant, () -> transactions.executeWithoutResult(tx -> projections.reset()));
		assertThat(pupilsInvolved(tenant, END_OF_2020)).isZero();
		TenantContext.run(tenant, () -> rebuild.rebuildFromJournal());
		assertThat(indicators(tenant, f.school())).isEqualTo(expected);
		assertThat(stored(tenant)).isEqualTo(before);
	}

	@Test
	void aChunkThatFailsAfterItsCountersMovedLeavesNothingAndIsAppliedWholeWhenRetried(Scenario scenario) {
		var oracleFacts = Facts.make();
		TenantId oracle = newTenant("faultoracle");
		onePersonAtATime(scenario, oracle, oracleFacts);
		var renamed = oracleFacts.renamed();
		var f = renamed.facts();

		TenantId tenant = newTenant("fault");
		long start = registeredAndPaired(scenario, tenant, f);
		List<String> before = stored(tenant);
		var indicatorsBefore = indicators(tenant, f.school());

		var changes = new ParticipantsChanged(tenant, UUID.randomUUID(), UUID.randomUUID(), f.changes());
		// the journal refuses the chunk: its participants were written and the counters moved, in the same transaction
		try (var fault = DatabaseFaults.failWrites(db, "monitoring.event_journal", "event_key", changes.batchId())) {
			scenario.publish(changes).andWaitForStateChange(() -> jdbc.queryForObject(
					"select count(*) from platform.event_publication where status = 'FAILED' "
							+ "and listener_id like 'ru.nastavnik.monitoring.%' and serialized_event like ?",
					Integer.class, "%" + changes.importId() + "%") == 1);
			assertThat(stored(tenant)).isEqualTo(before);
			assertThat(indicators(tenant, f.school())).isEqualTo(indicatorsBefore);
			assertThat(journaled(tenant)).isEqualTo(start + 5);
		}
		scenario.stimulate(() -> incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof ParticipantsChanged c && c.batchId().equals(changes.batchId())))
			.andWaitForStateChange(() -> journaled(tenant) == start + 6 && listenersDone());
		assertThat(stored(tenant)).isEqualTo(renamed.apply(stored(oracle)));
		assertThat(indicators(tenant, f.school())).isEqualTo(indicators(oracle, oracleFacts.school()));
	}
}
