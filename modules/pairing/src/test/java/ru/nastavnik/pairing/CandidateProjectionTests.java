package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;
import static ru.nastavnik.pairing.PairingTestSupport.mentor;
import static ru.nastavnik.pairing.PairingTestSupport.pupil;
import static ru.nastavnik.pairing.PairingTestSupport.withConsent;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.MenteeProfileChanged;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;

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
}
