package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;
import static ru.nastavnik.pairing.PairingTestSupport.mentor;
import static ru.nastavnik.pairing.PairingTestSupport.pupil;
import static ru.nastavnik.pairing.PairingTestSupport.withConsent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.test.DatabaseFaults;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.MenteeProfileChanged;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.ParticipantsChanged;
import ru.nastavnik.registry.ParticipantsRegistered;

/** The candidate projection from the registry's events: idempotent, order-tolerant, per tenant. */
@ApplicationModuleTest
class CandidateProjectionTests {

	@Autowired
	CandidateProjection projection;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantDirectory tenants;

	TenantId tenant(String slug) {
		return tenants.bySlug(slug).orElseThrow().id();
	}

	Optional<Candidate> find(TenantId tenant, UUID id) {
		return inTenant(tenant, tx, () -> projection.find(id));
	}

	@Test
	void aRepeatedRegistrationIsIdempotent(Scenario scenario) {
		var sasovo = tenant("sasovo");
		var p = pupil(UUID.randomUUID(), "Повторов", 7, Set.of(ParticipantRole.MENTEE), Set.of("математика"));
		scenario.publish(new ParticipantRegistered(sasovo, p)).andWaitForStateChange(() -> find(sasovo, p.participantId()));
		Candidate first = find(sasovo, p.participantId()).orElseThrow();
		scenario.publish(new ParticipantRegistered(sasovo, p)).andWaitForStateChange(() -> listenersDone(jdbc));
		assertThat(find(sasovo, p.participantId())).contains(first);
		assertThat(inTenant(sasovo, tx, () -> jdbc.queryForObject("select count(*) from pairing.candidate where id = ?",
				Integer.class, p.participantId()))).isEqualTo(1);
		assertThat(first.fullName()).isEqualTo("Повторов Иван");
		assertThat(first.matchable()).isTrue();
		assertThat(first.requests()).containsExactly("математика");
	}

	@Test
	void aLateRegistrationDoesNotOverwriteALaterChange(Scenario scenario) {
		var sasovo = tenant("sasovo");
		var org = UUID.randomUUID();
		var registeredState = mentor(org, "Старова", ParticipantCategory.TEACHER, Set.of("физика"), 1, false);
		var changedState = new ru.nastavnik.registry.ParticipantSnapshot(registeredState.participantId(), org,
				registeredState.name(), registeredState.category(), null, registeredState.ageBand(), false, false,
				registeredState.roles(), Set.of("физика", "химия"), Set.of(), 3, true, false, true, false,
				registeredState.joinedOn(), true);
		scenario.publish(new ParticipantChanged(sasovo, changedState))
			.andWaitForStateChange(() -> find(sasovo, registeredState.participantId()));
		scenario.publish(new ParticipantRegistered(sasovo, registeredState)).andWaitForStateChange(() -> listenersDone(jdbc));
		Candidate c = find(sasovo, registeredState.participantId()).orElseThrow();
		assertThat(c.capacity()).isEqualTo(3);
		assertThat(c.trained()).isTrue();
		assertThat(c.competencies()).containsExactlyInAnyOrder("физика", "химия");
	}

	@Test
	void aProfileEventBeforeTheRegistrationIsKept(Scenario scenario) {
		var sasovo = tenant("sasovo");
		var p = pupil(UUID.randomUUID(), "Ранний", 6, Set.of(ParticipantRole.MENTEE), Set.of("чтение"));
		scenario.publish(new MenteeProfileChanged(sasovo, p.participantId(), Set.of("физика")))
			.andWaitForStateChange(() -> find(sasovo, p.participantId()));
		assertThat(find(sasovo, p.participantId()).orElseThrow().matchable()).isFalse();
		scenario.publish(new ParticipantRegistered(sasovo, p))
			.andWaitForStateChange(() -> find(sasovo, p.participantId()).filter(Candidate::matchable));
		assertThat(find(sasovo, p.participantId()).orElseThrow().requests()).containsExactly("физика");
	}

	@Test
	void aWithdrawnConsentToPublicationLeavesTheConsentToProcessingAlone(Scenario scenario) {
		var sasovo = tenant("sasovo");
		var org = UUID.randomUUID();
		var a = pupil(org, "Непубличный", 8, Set.of(ParticipantRole.MENTEE), Set.of());
		scenario.publish(new ParticipantRegistered(sasovo, a)).andWaitForStateChange(() -> find(sasovo, a.participantId()));
		// the listener's condition filters it out: no publication is even stored for pairing
		scenario.publish(new ConsentWithdrawn(sasovo, a.participantId(), ConsentPurpose.PUBLICATION, LocalDate.now()))
			.andWaitForStateChange(() -> listenersDone(jdbc));
		assertThat(find(sasovo, a.participantId()).orElseThrow().processingConsent()).isTrue();
		assertThat(inTenant(sasovo, tx, () -> projection.matchableIn(org, Set.of())))
			.anyMatch(c -> c.id().equals(a.participantId()));
	}

	@Test
	void withdrawnConsentLeavingAndAnonymisationMakeACandidateUnmatchable(Scenario scenario) {
		var sasovo = tenant("sasovo");
		var org = UUID.randomUUID();
		var a = pupil(org, "Отозвавший", 8, Set.of(ParticipantRole.MENTEE), Set.of());
		var b = pupil(org, "Ушедший", 8, Set.of(ParticipantRole.MENTEE), Set.of());
		var c = pupil(org, "Обезличенный", 8, Set.of(ParticipantRole.MENTEE), Set.of());
		for (var s : java.util.List.of(a, b, c)) {
			scenario.publish(new ParticipantRegistered(sasovo, s)).andWaitForStateChange(() -> find(sasovo, s.participantId()));
		}
		assertThat(inTenant(sasovo, tx, () -> projection.matchableIn(org, Set.of()))).hasSize(3);

		scenario.publish(new ConsentWithdrawn(sasovo, a.participantId(), ConsentPurpose.PROCESSING, LocalDate.now()))
			.andWaitForStateChange(() -> find(sasovo, a.participantId()).filter(x -> !x.processingConsent()));
		scenario.publish(new ParticipantLeft(sasovo, b.participantId(), org, LocalDate.now(), "выпуск"))
			.andWaitForStateChange(() -> find(sasovo, b.participantId()).filter(x -> !x.active()));
		scenario.publish(new ParticipantAnonymised(sasovo, c.participantId()))
			.andWaitForStateChange(() -> find(sasovo, c.participantId()).filter(Candidate::anonymised));

		assertThat(inTenant(sasovo, tx, () -> projection.matchableIn(org, Set.of()))).isEmpty();
		Candidate anonymous = find(sasovo, c.participantId()).orElseThrow();
		assertThat(anonymous.surname()).isNull();
		assertThat(anonymous.fullName()).isEqualTo("Участник (данные обезличены)");

		// a late registration replayed for the withdrawn one does not bring the consent back
		scenario.publish(new ParticipantRegistered(sasovo, withConsent(a, true))).andWaitForStateChange(() -> listenersDone(jdbc));
		assertThat(find(sasovo, a.participantId()).orElseThrow().matchable()).isFalse();
		// a snapshot after anonymisation never brings the name back
		scenario.publish(new ParticipantChanged(sasovo, c)).andWaitForStateChange(() -> listenersDone(jdbc));
		assertThat(find(sasovo, c.participantId()).orElseThrow().surname()).isNull();
	}

	@Test
	void anotherTenantsCandidatesNeverAppear(Scenario scenario) {
		var sasovo = tenant("sasovo");
		var michurinsk = tenant("michurinsk");
		var org = UUID.randomUUID();
		var p = pupil(org, "Мичуринский", 9, Set.of(ParticipantRole.MENTEE), Set.of());
		scenario.publish(new ParticipantRegistered(michurinsk, p)).andWaitForStateChange(() -> find(michurinsk, p.participantId()));
		assertThat(find(sasovo, p.participantId())).isEmpty();
		assertThat(inTenant(sasovo, tx, () -> projection.all(Optional.of(org)))).isEmpty();
		assertThat(inTenant(sasovo, tx, () -> projection.matchableIn(org, Set.of()))).isEmpty();
		assertThat(inTenant(michurinsk, tx, () -> projection.matchableIn(org, Set.of()))).hasSize(1);
	}

	// ---------------------------------------------------------------- an import's chunks (issue 13)

	@Autowired
	DatabaseCoordinates db;

	@Autowired
	IncompleteEventPublications incomplete;

	/** The candidates' rows as stored, every column (also when they were last written), in id order. */
	List<String> rows(TenantId tenant, List<ParticipantSnapshot> people) {
		UUID[] ids = people.stream().map(ParticipantSnapshot::participantId).toArray(UUID[]::new);
		return inTenant(tenant, tx, () -> jdbc.queryForList(
				"select row_to_json(c)::text from pairing.candidate c where id = any(?) order by id", String.class,
				(Object) ids));
	}

	/** The failed publications of pairing's listeners of an import's chunks (found by the import, stored first). */
	int failedChunks(UUID importId) {
		Integer n = jdbc.queryForObject("select count(*) from platform.event_publication where status = 'FAILED' "
				+ "and listener_id like 'ru.nastavnik.pairing.%' and serialized_event like ?", Integer.class,
				"{\"@correlation\":\"" + importId + "\"%");
		return n == null ? 0 : n;
	}

	static ParticipantSnapshot withCapacity(ParticipantSnapshot s, int capacity) {
		return new ParticipantSnapshot(s.participantId(), s.organizationId(), s.name(), s.category(), s.grade(), s.ageBand(),
				s.minor(), s.youngTeacher(), s.roles(), s.competencies(), s.requests(), capacity, s.mentorTrained(),
				s.positiveExperience(), s.processingConsent(), s.publicationConsent(), s.joinedOn(), s.active());
	}

	@Test
	void anImportsChunkIsAppliedInOneGoAndItsRedeliveryChangesNothing(Scenario scenario) {
		var sasovo = tenant("sasovo");
		var org = UUID.randomUUID();
		var a = pupil(org, "Пакетов", 7, Set.of(ParticipantRole.MENTEE), Set.of("математика"));
		var b = mentor(org, "Пакетова", ParticipantCategory.TEACHER, Set.of("математика", "физика"), 2, true);
		var c = pupil(org, "Пакетовский", 10, Set.of(ParticipantRole.MENTOR), Set.of());
		var people = List.of(a, b, c);
		var chunk = new ParticipantsRegistered(sasovo, UUID.randomUUID(), UUID.randomUUID(), people);
		scenario.publish(chunk).andWaitForStateChange(() -> rows(sasovo, people).size() == 3 && listenersDone(jdbc));
		assertThat(find(sasovo, a.participantId()).orElseThrow().requests()).containsExactly("математика");
		assertThat(find(sasovo, b.participantId()).orElseThrow().competencies()).containsExactly("математика", "физика");
		assertThat(find(sasovo, b.participantId()).orElseThrow().capacity()).isEqualTo(2);
		assertThat(inTenant(sasovo, tx, () -> projection.matchableIn(org, Set.of()))).hasSize(3);

		// a coordinator changes one of them by hand afterwards
		scenario.publish(new ParticipantChanged(sasovo, withCapacity(b, 4)))
			.andWaitForStateChange(() -> find(sasovo, b.participantId()).filter(x -> x.capacity() == 4));
		List<String> before = rows(sasovo, people);

		// the chunk delivered again (the outbox retries a publication until its listener completes): nothing changes,
		// not even the later change or when the rows were written
		scenario.publish(chunk).andWaitForStateChange(() -> listenersDone(jdbc));
		assertThat(rows(sasovo, people)).isEqualTo(before);

		// a chunk of changes, applied once
		var changes = new ParticipantsChanged(sasovo, UUID.randomUUID(), UUID.randomUUID(),
				List.of(withConsent(a, false), withCapacity(c, 3)));
		scenario.publish(changes).andWaitForStateChange(() -> find(sasovo, c.participantId()).filter(x -> x.capacity() == 3));
		assertThat(find(sasovo, a.participantId()).orElseThrow().matchable()).isFalse();
		List<String> changed = rows(sasovo, people);
		scenario.publish(changes).andWaitForStateChange(() -> listenersDone(jdbc));
		assertThat(rows(sasovo, people)).isEqualTo(changed);
	}

	@Test
	void aChunkThatFailsHalfwayLeavesNothingAndIsAppliedWholeWhenRetried(Scenario scenario) {
		var sasovo = tenant("sasovo");
		var org = UUID.randomUUID();
		var people = new java.util.ArrayList<ParticipantSnapshot>();
		for (int i = 0; i < 100; i++) {
			people.add(pupil(org, "Сбойный" + i, 5 + i % 6, Set.of(ParticipantRole.MENTEE), Set.of("чтение")));
		}
		// large enough to be stored deflated in the outbox: the retry reads it back from there
		var chunk = new ParticipantsRegistered(sasovo, UUID.randomUUID(), UUID.randomUUID(), people);
		// the database refuses the chunk's last candidate: the 99 before it were written in the same transaction
		try (var fault = DatabaseFaults.failWrites(db, "pairing.candidate", "id", people.get(99).participantId())) {
			scenario.publish(chunk).andWaitForStateChange(() -> failedChunks(chunk.importId()) == 1);
			assertThat(jdbc.queryForObject("select count(*) from platform.event_publication where serialized_event like ?",
					Integer.class, "{\"@correlation\":\"" + chunk.importId() + "\",\"@deflated\":%")).isEqualTo(1);
			assertThat(rows(sasovo, people)).isEmpty();
			assertThat(inTenant(sasovo, tx, () -> jdbc.queryForObject(
					"select count(*) from pairing.applied_batch where batch_id = ?", Integer.class, chunk.batchId())))
				.isZero();
		}
		// the fault is gone; the registry retries the publication (as it does every few minutes): the chunk, whole
		scenario.stimulate(() -> incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof ParticipantsRegistered r && r.batchId().equals(chunk.batchId())))
			.andWaitForStateChange(() -> rows(sasovo, people).size() == 100 && listenersDone(jdbc));
		assertThat(failedChunks(chunk.importId())).isZero();
		assertThat(inTenant(sasovo, tx, () -> projection.matchableIn(org, Set.of()))).hasSize(100);
	}
}
