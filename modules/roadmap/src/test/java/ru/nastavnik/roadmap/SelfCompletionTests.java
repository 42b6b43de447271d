package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;

import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.registry.ParticipantsImported;
import ru.nastavnik.roadmap.domain.progress.EventEvidence;
import ru.nastavnik.roadmap.domain.progress.OccurrenceStatus;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

/**
 * Self-completion: an item bound to the registry's import completes itself, with the event as evidence, when a
 * {@link ParticipantsImported} of its tenant arrives — and only in that tenant; a redelivered event changes nothing.
 * The event is published by the test (the registry module is not running here).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class SelfCompletionTests {

	RoadmapTestSupport support;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	void support(TenantDirectory tenants, Roadmaps roadmaps, PlatformTransactionManager tx) {
		this.support = new RoadmapTestSupport(tenants, roadmaps, tx);
	}

	boolean completedBy(Occurrence o, UUID importId) {
		return o.status() == OccurrenceStatus.DONE && o.progress().evidence().stream()
			.anyMatch(e -> e instanceof EventEvidence ev && ev.eventId().equals(importId.toString())
					&& ev.eventType().equals(ParticipantsImported.KEY));
	}

	ParticipantsImported imported(String tenant, UUID importId) {
		return new ParticipantsImported(support.tenant(tenant), importId, null, null, 120, 0, 0, Map.of(), Map.of(),
				LocalDate.of(2020, 10, 20));
	}

	@Test
	void anImportCompletesTheBoundItemOnlyInItsTenant(Scenario scenario) {
		// Sasovo item 3 «Анализ полученной информации из ОО и формирование единой муниципальной базы наставников и
		// наставляемых» is bound to the registry's import; in the demo it is in progress
		UUID sasovoItem = support.itemId("sasovo", "3");
		assertThat(support.item("sasovo", "3").binding().key()).isEqualTo(ParticipantsImported.KEY);
		// Michurinsk item 7 is bound to the same key
		UUID michurinskItem = support.itemId("michurinsk", "7");
		assertThat(support.item("michurinsk", "7").binding().key()).isEqualTo(ParticipantsImported.KEY);
		List<Occurrence> michurinskBefore = support.occurrences("michurinsk", michurinskItem);
		UUID importId = UUID.randomUUID();

		scenario.publish(imported("sasovo", importId))
			.customize(it -> it.atMost(Duration.ofSeconds(30)))
			.andWaitForStateChange(() -> support.occurrences("sasovo", sasovoItem),
					list -> list.stream().anyMatch(o -> completedBy(o, importId)))
			.andVerify(list -> {
				Occurrence done = list.stream().filter(o -> completedBy(o, importId)).findFirst().orElseThrow();
				assertThat(done.progress().evidence()).last()
					.satisfies(e -> assertThat(e.summary()).contains("Импорт участников"));
			});

		// nothing in another tenant, though its item is bound to the same kind of event
		List<Occurrence> michurinskAfter = support.occurrences("michurinsk", michurinskItem);
		assertThat(michurinskAfter).usingRecursiveFieldByFieldElementComparator().isEqualTo(michurinskBefore);
		assertThat(michurinskAfter).noneMatch(o -> completedBy(o, importId));
	}

	@Test
	void aRedeliveredEventChangesNothing(Scenario scenario) {
		UUID item = support.itemId("michurinsk", "10");
		UUID importId = UUID.randomUUID();
		scenario.publish(imported("michurinsk", importId))
			.customize(it -> it.atMost(Duration.ofSeconds(30)))
			.andWaitForStateChange(() -> support.occurrences("michurinsk", item),
					list -> list.stream().anyMatch(o -> completedBy(o, importId)))
			.andVerify(list -> assertThat(list.stream().filter(o -> completedBy(o, importId))).hasSize(1));
		List<Occurrence> afterFirst = support.occurrences("michurinsk", item);

		// the same event again: once its listener has run (its publication is gone from the registry), nothing changed
		scenario.publish(imported("michurinsk", importId))
			.customize(it -> it.atMost(Duration.ofSeconds(30)))
			.andWaitForStateChange(() -> jdbc.queryForObject(
					"select count(*) from platform.event_publication where serialized_event like ?", Integer.class,
					"%" + importId + "%"), count -> count == 0)
			.andVerify(count -> assertThat(support.occurrences("michurinsk", item))
				.usingRecursiveFieldByFieldElementComparator()
				.isEqualTo(afterFirst));
	}

	/** Another module's fact, as the publication module publishes it (its type is not on the roadmap's classpath). */
	public record CasePublishedForTest(ru.nastavnik.platform.TenantId tenantId, UUID caseId, LocalDate publishedOn)
			implements ru.nastavnik.platform.EvidenceEvent {

		@Override
		public String evidenceKey() {
			return "publication.case-published";
		}

		@Override
		public UUID evidenceId() {
			return caseId;
		}

		@Override
		public String evidenceSummary() {
			return "Опубликована практика наставничества";
		}

		@Override
		public UUID organizationId() {
			return null;
		}

		@Override
		public LocalDate observedOn() {
			return publishedOn;
		}
	}

	@Test
	void anyModulesEvidenceEventCompletesTheItemsBoundToItsKey(Scenario scenario) {
		// Sasovo item 9 «Создание базы данных лучших практик наставничества» ← publication.case-published
		UUID item = support.itemId("sasovo", "9");
		UUID caseId = UUID.randomUUID();
		scenario.publish(new CasePublishedForTest(support.tenant("sasovo"), caseId, LocalDate.of(2021, 6, 10)))
			.customize(it -> it.atMost(Duration.ofSeconds(30)))
			.andWaitForStateChange(() -> support.occurrences("sasovo", item), list -> list.stream()
				.anyMatch(o -> o.status() == OccurrenceStatus.DONE && o.progress().evidence().stream()
					.anyMatch(e -> e instanceof EventEvidence ev && ev.eventId().equals(caseId.toString()))))
			.andVerify(list -> assertThat(list.get(0).progress().evidence()).last()
				.satisfies(e -> assertThat(e.summary()).startsWith("Опубликована практика наставничества")));
	}

	@Test
	void anImportOfOneSchoolCompletesOnlyThatSchoolsOccurrence(Scenario scenario) {
		// Michurinsk item 7 is tracked per school and bound to the registry's import
		assertThat(support.item("michurinsk", "7").trackedPerSchool()).isTrue();
		UUID item = support.itemId("michurinsk", "7");
		var tenant = support.tenant("michurinsk");
		UUID schoolA = UUID.randomUUID();
		UUID schoolB = UUID.randomUUID();
		for (UUID school : List.of(schoolA, schoolB)) {
			scenario.publish(new ru.nastavnik.registry.OrganizationRegistered(tenant, school, "МБОУ «Школа " + school + "»",
					"Школа " + school.toString().substring(0, 4), "SCHOOL"))
				.customize(it -> it.atMost(Duration.ofSeconds(30)))
				.andWaitForStateChange(() -> support.occurrences("michurinsk", item),
						list -> list.stream().anyMatch(o -> school.equals(o.organizationId())))
				.andVerify(list -> {
				});
		}
		UUID importId = UUID.randomUUID();
		scenario.publish(new ParticipantsImported(tenant, importId, schoolA, "Школа A", 40, 0, 0, Map.of(), Map.of(),
				LocalDate.of(2020, 9, 10)))
			.customize(it -> it.atMost(Duration.ofSeconds(30)))
			.andWaitForStateChange(() -> support.occurrences("michurinsk", item),
					list -> list.stream().anyMatch(o -> schoolA.equals(o.organizationId()) && completedBy(o, importId)))
			.andVerify(list -> assertThat(list.stream().filter(o -> completedBy(o, importId)))
				.extracting(Occurrence::organizationId)
				.containsExactly(schoolA));
	}
}
