package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.pairing.application.MatchingService;
import ru.nastavnik.pairing.domain.FormRepository;
import ru.nastavnik.pairing.domain.MentorshipForm;
import ru.nastavnik.pairing.domain.Programme;
import ru.nastavnik.pairing.domain.ProgrammeRepository;
import ru.nastavnik.pairing.domain.QuestionRepository;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/**
 * What a tenant gets without anybody typing it: the methodology's five forms (Sasovo also учитель–ученик), the default
 * questionnaire, and on the demo instance exactly one programme, for a school the registry announces — which then
 * matches whatever candidates the registry's events bring.
 */
@ApplicationModuleTest
class PairingDemoSetupTests {

	@Autowired
	TenantDirectory tenants;

	@Autowired
	TenancyService tenancy;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	FormRepository forms;

	@Autowired
	QuestionRepository questions;

	@Autowired
	ProgrammeRepository programmes;

	@Autowired
	MatchingService matching;

	TenantId tenant(String slug) {
		return tenants.bySlug(slug).orElseThrow().id();
	}

	@Test
	void everyTenantHasTheMethodologysFormsAndTheDefaultQuestionnaireSasovoAlsoItsOwnForm() {
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc));
		var sasovo = inTenant(tenant("sasovo"), tx, () -> forms.findAll().stream().map(MentorshipForm::code).toList());
		var sosnovka = inTenant(tenant("sosnovka"), tx, () -> forms.findAll().stream().map(MentorshipForm::code).toList());
		assertThat(sosnovka).containsExactlyInAnyOrder("pupil-pupil", "teacher-teacher", "student-pupil", "employer-pupil",
				"employer-student");
		assertThat(sasovo).containsExactlyInAnyOrder("pupil-pupil", "teacher-teacher", "student-pupil", "employer-pupil",
				"employer-student", "teacher-pupil");
		assertThat(inTenant(tenant("dagestanskie-ogni"), tx, () -> questions.findByActiveTrueOrderByPositionAsc()))
			.extracting(q -> q.code())
			.startsWith("communication", "goals", "interests", "availability");
	}

	@Test
	void theDemoTenantGetsOneProgrammeBuiltFromTheRegistrysCandidates() {
		TenantId sosnovka = tenant("sosnovka");
		var schools = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		// the registry announces its schools in one transaction: their listeners run concurrently
		TenantContext.run(sosnovka, () -> tx.executeWithoutResult(s -> {
			for (int i = 0; i < schools.size(); i++) {
				publisher.publishEvent(new OrganizationRegistered(sosnovka, schools.get(i), "МБОУ «Школа № " + (i + 1) + "»",
						"Школа № " + (i + 1), "SCHOOL"));
			}
		}));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc));
		List<Programme> all = inTenant(sosnovka, tx, () -> programmes.findAll());
		assertThat(all).hasSize(1);
		Programme demo = all.get(0);
		assertThat(schools).contains(demo.organizationId());
		assertThat(demo.formCodes()).contains("pupil-pupil", "teacher-teacher");
		assertThat(demo.title()).startsWith("Программа наставничества Школа № ");

		// announced again (a redelivered event): still one programme
		TenantContext.run(sosnovka, () -> tx.executeWithoutResult(s -> publisher.publishEvent(
				new OrganizationRegistered(sosnovka, schools.get(0), "МБОУ «Школа № 1»", "Школа № 1", "SCHOOL"))));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc));
		assertThat(inTenant(sosnovka, tx, () -> programmes.count())).isEqualTo(1);

		// whatever participants the registry brings, the programme matches them
		var people = new ArrayList<ParticipantSnapshot>();
		for (int i = 0; i < 3; i++) {
			people.add(new ParticipantSnapshot(UUID.randomUUID(), demo.organizationId(),
					new PersonName("Опытнова" + i, "Мария", "Ивановна"), ParticipantCategory.TEACHER, null, AgeBand.FROM_35,
					false, false, Set.of(ParticipantRole.MENTOR), Set.of("Классное руководство"), Set.of(), 1, true, true, true,
					false, LocalDate.of(2020, 9, 1), true));
			people.add(new ParticipantSnapshot(UUID.randomUUID(), demo.organizationId(),
					new PersonName("Молодцов" + i, "Пётр", null), ParticipantCategory.TEACHER, null, AgeBand.FROM_20_TO_34, false,
					true, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("Классное руководство"), null, false, false, true,
					false, LocalDate.of(2024, 9, 1), true));
		}
		TenantContext.run(sosnovka, () -> tx.executeWithoutResult(
				s -> people.forEach(p -> publisher.publishEvent(new ParticipantRegistered(sosnovka, p)))));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc));
		PairingTestSupport.signIn(tenancy, "sosnovka");
		try {
			var proposal = TenantContext.get(sosnovka, () -> matching.run(demo.id(), "teacher-teacher"));
			assertThat(proposal.matchedCount()).isEqualTo(3);
			assertThat(proposal.unmatched()).isEmpty();
		}
		finally {
			PairingTestSupport.signOut();
		}
	}
}
