package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.monitoring.ReportApproved;
import ru.nastavnik.pairing.PairCompleted;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.publication.application.MonitoringResults;
import ru.nastavnik.publication.application.PublicationService;
import ru.nastavnik.publication.application.PublicationService.Draft;
import ru.nastavnik.publication.application.RegistryFacts;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.PublicationKind;
import ru.nastavnik.publication.domain.PublicationStatus;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantSnapshot;

/**
 * The module reacting to other modules' events, driven by the Scenario API: consent withdrawn (or the person
 * anonymised) unpublishes everything naming them and announces it; an approved report becomes a draft post; a
 * completed pair becomes case material; a published case is announced.
 */
@ApplicationModuleTest
class PublicationEventTests {

	@Autowired
	TenancyService tenancy;

	@Autowired
	PublicationService service;

	@Autowired
	RegistryFacts facts;

	@Autowired
	MonitoringResults monitoring;

	@Autowired
	PlatformTransactionManager transactions;

	TenantSummary sasovo;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		sasovo = tenancy.bySlug("sasovo").orElseThrow();
		coordinator = Fixtures.coordinator(sasovo);
	}

	/** Runs in sasovo's scope, in a transaction of its own (Scenario's stimulus runs in one without a tenant). */
	<T> T inTenant(Supplier<T> action) {
		var tx = new TransactionTemplate(transactions);
		tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return TenantContext.get(sasovo.id(), () -> tx.execute(s -> action.get()));
	}

	Publication publishedNews(String title, String body) {
		return inTenant(() -> {
			var p = service.createPost(coordinator, PublicationKind.NEWS, Draft.post(title, null, body));
			return service.publish(coordinator, p.id());
		});
	}

	Publication publishedMentor(ParticipantSnapshot mentor) {
		return inTenant(() -> {
			facts.participant(mentor);
			var p = service.createBestMentor(coordinator, mentor.participantId(),
					Draft.post(null, "Наставник года", "<p>Двадцать лет в школе.</p>"));
			return service.publish(coordinator, p.id());
		});
	}

	PublicationStatus status(UUID id) {
		return inTenant(() -> service.get(coordinator, id).status());
	}

	@Test
	void withdrawnPublicationConsentUnpublishesEverythingNamingTheMentorAndSaysSo(Scenario scenario, PublishedEvents events) {
		var mentor = Fixtures.mentor("Смирнова", "Ольга", null, true);
		Publication entry = publishedMentor(mentor);
		Publication naming = publishedNews("Благодарность наставникам", "<p>Спасибо Ольге Смирновой за работу.</p>");
		Publication other = publishedNews("Семинар кураторов", "<p>Прошёл семинар.</p>");
		assertThat(entry.status()).isEqualTo(PublicationStatus.PUBLISHED);

		scenario.publish(new ConsentWithdrawn(sasovo.id(), mentor.participantId(), ConsentPurpose.PUBLICATION, LocalDate.now()))
			.andWaitForStateChange(() -> List.of(status(entry.id()), status(naming.id())),
					s -> s.stream().allMatch(PublicationStatus.WITHDRAWN::equals))
			.andVerify(s -> {
				assertThat(status(other.id())).isEqualTo(PublicationStatus.PUBLISHED);
				assertThat(events.ofType(ru.nastavnik.publication.PublicationWithdrawn.class)
					.matching(e -> e.publicationId().equals(entry.id())))
					.singleElement()
					.satisfies(e -> {
						assertThat(e.kind()).isEqualTo("BEST_MENTOR");
						assertThat(e.reason()).contains("Отозвано согласие");
						assertThat(e.tenantId()).isEqualTo(sasovo.id());
					});
				assertThat(events.ofType(ru.nastavnik.publication.PublicationWithdrawn.class)
					.matching(e -> e.publicationId().equals(naming.id()))).hasSize(1);
			});

		assertThatThrownBy(() -> inTenant(() -> service.publish(coordinator, entry.id())))
			.isInstanceOf(BusinessRuleProblem.class).hasMessageContaining("нет действующего согласия");
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aWithdrawnConsentToProcessingDoesNotTouchWhatThePublicationConsentAllows(Scenario scenario) {
		var mentor = Fixtures.mentor("Лаврова", "Инна", null, true);
		Publication entry = publishedMentor(mentor);
		// the listener's condition filters it out: no publication of it is stored for this module
		scenario.publish(new ConsentWithdrawn(sasovo.id(), mentor.participantId(), ConsentPurpose.PROCESSING, LocalDate.now()))
			.andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from platform.event_publication "
					+ "where completion_date is null and listener_id like 'ru.nastavnik.publication.%'", Integer.class) == 0);
		assertThat(status(entry.id())).isEqualTo(PublicationStatus.PUBLISHED);
	}

	@Test
	void anAnonymisedParticipantIsUnpublishedAndForgotten(Scenario scenario) {
		var mentor = Fixtures.mentor("Ковалёва", "Нина", null, true);
		Publication entry = publishedMentor(mentor);

		scenario.publish(new ParticipantAnonymised(sasovo.id(), mentor.participantId()))
			.andWaitForStateChange(() -> status(entry.id()), PublicationStatus.WITHDRAWN::equals)
			.andVerify(s -> assertThat(inTenant(() -> service.mentorCandidates(coordinator)))
				.noneMatch(p -> p.participantId().equals(mentor.participantId())));
	}

	@Test
	void aRegisteredMinorArrivesByEventAndThenCannotBePublished(Scenario scenario) {
		var pupil = Fixtures.pupil("Воробьёв", "Тимофей", null);
		Publication draft = inTenant(() -> service.createPost(coordinator, PublicationKind.NEWS,
				Draft.post("Итоги олимпиады", null, "<p>Победил Тимофей Воробьев из 7 класса.</p>")));

		scenario.publish(new ParticipantRegistered(sasovo.id(), pupil))
			.andWaitForStateChange(() -> {
				try {
					inTenant(() -> service.publish(coordinator, draft.id()));
					return "published";
				}
				catch (BusinessRuleProblem e) {
					return e.getMessage();
				}
			}, result -> !result.equals("published"))
			.andVerify(message -> assertThat(message).contains("несовершеннолетнего").contains("«Тимофей Воробьев»"));
		assertThat(status(draft.id())).isEqualTo(PublicationStatus.DRAFT);
	}

	@Test
	void anApprovedReportBecomesADraftWithItsHeadlineFigures(Scenario scenario) {
		UUID reportId = UUID.randomUUID();
		var report = new ReportApproved(sasovo.id(), reportId, "Аналитическая справка за март 2024", LocalDate.of(2024, 3, 31),
				LocalDate.of(2024, 4, 2), List.of(
						new ReportApproved.Headline("PUPILS_10_19", "Доля обучающихся 10–19 лет в наставничестве",
								new BigDecimal("15.7"), new BigDecimal("10"), "%"),
						new ReportApproved.Headline("PAIRS", "Наставнических пар", new BigDecimal("1494"), null, null)),
				"Целевые показатели достигнуты.");

		scenario.publish(report)
			.andWaitForStateChange(() -> inTenant(() -> service.list(coordinator).stream()
				.filter(p -> reportId.equals(p.sourceReportId())).toList()), l -> !l.isEmpty())
			.andVerify(drafts -> {
				assertThat(drafts).singleElement().satisfies(p -> {
					assertThat(p.kind()).isEqualTo(PublicationKind.MONITORING_RESULT);
					assertThat(p.status()).isEqualTo(PublicationStatus.DRAFT);
					assertThat(p.title()).isEqualTo("Результаты мониторинга: Аналитическая справка за март 2024");
					// figures as the live page and the report write them: one formatter (10,0 %, 1 494)
					assertThat(p.body()).contains("Доля обучающихся 10–19 лет в наставничестве: 15,7\u00a0%")
						.contains("целевое значение — 10,0\u00a0%").contains("Наставнических пар: 1\u00a0494")
						.contains("Целевые показатели достигнуты.").contains("31.03.2024");
				});
				assertThat(inTenant(() -> monitoring.draftFrom(report))).as("once per report").isEmpty();
			});
	}

	@Test
	void aCompletedPairIsCaseMaterial(Scenario scenario) {
		UUID pairId = UUID.randomUUID();
		scenario.publish(new PairCompleted(sasovo.id(), pairId, "TEACHER_PUPIL", null, UUID.randomUUID(),
				List.of(UUID.randomUUID()), LocalDate.of(2024, 5, 30), "Подготовил проект к защите"))
			.andWaitForStateChange(() -> inTenant(() -> service.materials(coordinator).stream()
				.filter(m -> m.pairId().equals(pairId)).toList()), l -> !l.isEmpty())
			.andVerify(m -> {
				Publication draft = inTenant(() -> service.createCaseFromMaterial(coordinator, pairId));
				assertThat(draft.kind()).isEqualTo(PublicationKind.CASE);
				assertThat(draft.formCode()).isEqualTo("TEACHER_PUPIL");
				assertThat(draft.title()).contains("учитель – ученик");
				assertThat(draft.results()).isEqualTo("<p>Подготовил проект к защите</p>");
				assertThat(draft.sourcePairId()).isEqualTo(pairId);
			});
	}

	@Test
	void aPublishedCaseIsAnnounced(Scenario scenario) {
		Publication approved = inTenant(() -> {
			var c = service.createCase(coordinator, new Draft("Наставничество в сельской школе", null, null, "PUPIL_PUPIL",
					null, "<p>п</p>", "<p>д</p>", "<p>р</p>", List.of("село"), null));
			service.submit(coordinator, c.id());
			return service.approve(coordinator, c.id());
		});
		scenario.stimulate(() -> inTenant(() -> service.publish(coordinator, approved.id())))
			.andWaitForEventOfType(CasePublished.class)
			.matching(e -> e.caseId().equals(approved.id()))
			.toArriveAndVerify(e -> {
				assertThat(e.tenantId()).isEqualTo(sasovo.id());
				assertThat(e.title()).isEqualTo("Наставничество в сельской школе");
				assertThat(e.formCode()).isEqualTo("PUPIL_PUPIL");
				assertThat(e.evidenceKey()).isEqualTo(CasePublished.KEY);
				assertThat(e.publishedOn()).isNotNull();
			});
	}

	// ---------------------------------------------------------------- an import's chunks (issue 13)

	@Autowired
	ru.nastavnik.platform.db.DatabaseCoordinates db;

	@Autowired
	org.springframework.modulith.events.IncompleteEventPublications incomplete;

	List<String> people(List<ParticipantSnapshot> snapshots) {
		UUID[] ids = snapshots.stream().map(ParticipantSnapshot::participantId).toArray(UUID[]::new);
		return inTenant(() -> jdbc.queryForList("select row_to_json(p)::text from publication.person p "
				+ "where participant_id = any(?) order by participant_id", String.class, (Object) ids));
	}

	boolean listenersDone() {
		return jdbc.queryForObject("select count(*) from platform.event_publication where completion_date is null "
				+ "and listener_id like 'ru.nastavnik.publication.%'", Integer.class) == 0;
	}

	static ParticipantSnapshot withPublicationConsent(ParticipantSnapshot s, boolean consent) {
		return new ParticipantSnapshot(s.participantId(), s.organizationId(), s.name(), s.category(), s.grade(), s.ageBand(),
				s.minor(), s.youngTeacher(), s.roles(), s.competencies(), s.requests(), s.mentorCapacity(), s.mentorTrained(),
				s.positiveExperience(), s.processingConsent(), consent, s.joinedOn(), s.active());
	}

	@Test
	void anImportsChunkIsKnownAtOnceAndItsRedeliveryChangesNothing(Scenario scenario) {
		var pupil = Fixtures.pupil("Снегирёв", "Аркадий", null);
		var other = Fixtures.pupil("Клестова", "Дарья", null);
		var mentor = Fixtures.mentor("Грачёва", "Вера", null, false);
		var chunk = new ru.nastavnik.registry.ParticipantsRegistered(sasovo.id(), UUID.randomUUID(), UUID.randomUUID(),
				List.of(pupil, other, mentor));
		scenario.publish(chunk).andWaitForStateChange(() -> people(chunk.participants()).size() == 3 && listenersDone());
		// the minors of the chunk are guarded at once
		Publication draft = inTenant(() -> service.createPost(coordinator, PublicationKind.NEWS,
				Draft.post("Олимпиада", null, "<p>Победила Дарья Клестова.</p>")));
		assertThatThrownBy(() -> inTenant(() -> service.publish(coordinator, draft.id())))
			.isInstanceOf(BusinessRuleProblem.class).hasMessageContaining("несовершеннолетнего");

		// the mentor consents to publication later, by hand; then the chunk arrives again: nothing changes
		scenario.publish(new ru.nastavnik.registry.ParticipantChanged(sasovo.id(), withPublicationConsent(mentor, true)))
			.andWaitForStateChange(() -> inTenant(() -> service.mentorCandidates(coordinator)).stream()
				.anyMatch(p -> p.participantId().equals(mentor.participantId())));
		List<String> before = people(chunk.participants());
		scenario.publish(chunk).andWaitForStateChange(this::listenersDone);
		assertThat(people(chunk.participants())).isEqualTo(before);
	}

	@Test
	void aChunkOfChangesThatDropsAPublicationConsentUnpublishesOnceEvenIfDeliveredAgain(Scenario scenario,
			PublishedEvents events) {
		var mentor = Fixtures.mentor("Журавлёва", "Ирина", null, true);
		Publication entry = publishedMentor(mentor);
		var changes = new ru.nastavnik.registry.ParticipantsChanged(sasovo.id(), UUID.randomUUID(), UUID.randomUUID(),
				List.of(withPublicationConsent(mentor, false), Fixtures.pupil("Чижов", "Пётр", null)));
		scenario.publish(changes).andWaitForStateChange(() -> status(entry.id()), PublicationStatus.WITHDRAWN::equals);
		scenario.publish(changes).andWaitForStateChange(this::listenersDone);
		assertThat(events.ofType(ru.nastavnik.publication.PublicationWithdrawn.class)
			.matching(e -> e.publicationId().equals(entry.id()))).hasSize(1);
	}

	@Test
	void aChunkThatFailsHalfwayLeavesNothingAndIsAppliedWholeWhenRetried(Scenario scenario) {
		var snapshots = new java.util.ArrayList<ParticipantSnapshot>();
		for (int i = 0; i < 30; i++) {
			snapshots.add(Fixtures.pupil("Сбоев" + i, "Иван", null));
		}
		var chunk = new ru.nastavnik.registry.ParticipantsRegistered(sasovo.id(), UUID.randomUUID(), UUID.randomUUID(),
				snapshots);
		try (var fault = ru.nastavnik.platform.test.DatabaseFaults.failWrites(db, "publication.person", "participant_id",
				snapshots.get(29).participantId())) {
			scenario.publish(chunk).andWaitForStateChange(() -> jdbc.queryForObject(
					"select count(*) from platform.event_publication where status = 'FAILED' "
							+ "and listener_id like 'ru.nastavnik.publication.%' and serialized_event like ?",
					Integer.class, "%" + chunk.batchId() + "%") == 1);
			assertThat(people(snapshots)).isEmpty();
		}
		scenario.stimulate(() -> incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof
				ru.nastavnik.registry.ParticipantsRegistered r && r.batchId().equals(chunk.batchId())))
			.andWaitForStateChange(() -> people(snapshots).size() == 30 && listenersDone());
	}

	@Test
	void publishedMonitoringResultsAreAnnouncedAsTheFactOfTheRoadmapsItem(Scenario scenario, PublishedEvents events) {
		Publication results = inTenant(() -> service.createPost(coordinator, PublicationKind.MONITORING_RESULT,
				Draft.post("Результаты мониторинга за I полугодие", "Итоги", "<p>Вовлечено 15,7 % обучающихся.</p>")));
		Publication news = inTenant(() -> service.createPost(coordinator, PublicationKind.NEWS,
				Draft.post("Семинар наставников", null, "<p>Состоялся семинар.</p>")));
		scenario.stimulate(() -> inTenant(() -> {
			service.publish(coordinator, news.id());
			return service.publish(coordinator, results.id());
		}))
			.andWaitForEventOfType(MonitoringResultsPublished.class)
			.matching(e -> e.publicationId().equals(results.id()))
			.toArriveAndVerify(e -> {
				assertThat(e.tenantId()).isEqualTo(sasovo.id());
				assertThat(e.evidenceKey()).isEqualTo("publication.monitoring-results-published");
				assertThat(e.evidenceSummary()).isEqualTo("Опубликованы результаты мониторинга «Результаты мониторинга за I полугодие»");
				assertThat(e.reportId()).isNull();
				assertThat(e.organizationId()).isNull();
				assertThat(e.publishedOn()).isNotNull();
			});
		// a news post is no monitoring result
		assertThat(events.ofType(MonitoringResultsPublished.class).matching(e -> e.publicationId().equals(news.id())))
			.isEmpty();
	}
}
