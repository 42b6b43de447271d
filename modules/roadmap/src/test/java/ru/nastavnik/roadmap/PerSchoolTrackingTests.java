package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

/**
 * Items whose responsible party is the schools are tracked per school: the schools come from the registry's
 * {@link OrganizationRegistered} events (published by the test), each gets its own occurrences, and the item shows how
 * many schools are done.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class PerSchoolTrackingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	RoadmapTestSupport support;

	@Autowired
	void support(TenantDirectory tenants, Roadmaps roadmaps, PlatformTransactionManager tx) {
		this.support = new RoadmapTestSupport(tenants, roadmaps, tx);
	}

	@Test
	void schoolItemsAreTrackedPerSchoolAndShowHowManyAreDone(Scenario scenario) throws Exception {
		// Sosnovka item 12 «Обеспечение доли обучающихся …»: «Образовательные организации, отдел образования …»
		assertThat(support.item("sosnovka", "12").trackedPerSchool()).isTrue();
		UUID item = support.itemId("sosnovka", "12");
		UUID school1 = UUID.randomUUID();
		UUID school2 = UUID.randomUUID();
		var tenant = support.tenant("sosnovka");

		scenario.publish(new OrganizationRegistered(tenant, school1, "Муниципальное бюджетное общеобразовательное учреждение «Сосновская средняя общеобразовательная школа № 1»", "МБОУ Сосновская СОШ № 1", "SCHOOL"))
			.customize(it -> it.atMost(Duration.ofSeconds(30)))
			.andWaitForStateChange(() -> support.occurrences("sosnovka", item),
					list -> list.stream().anyMatch(o -> school1.equals(o.organizationId())))
			.andVerify(list -> {
			});
		scenario.publish(new OrganizationRegistered(tenant, school2, "Муниципальное бюджетное общеобразовательное учреждение «Сосновская средняя общеобразовательная школа № 2»", "МБОУ Сосновская СОШ № 2", "SCHOOL"))
			.customize(it -> it.atMost(Duration.ofSeconds(30)))
			.andWaitForStateChange(() -> support.occurrences("sosnovka", item),
					list -> list.stream().anyMatch(o -> school2.equals(o.organizationId())))
			.andVerify(list -> {
			});

		List<Occurrence> occurrences = support.occurrences("sosnovka", item);
		// five yearly dates, each for each school (schools of other tests may be there too)
		assertThat(occurrences.stream().filter(o -> school1.equals(o.organizationId()))).hasSize(5);
		assertThat(occurrences.stream().filter(o -> school2.equals(o.organizationId()))).hasSize(5);
		int schools = (int) occurrences.stream().map(Occurrence::organizationId).filter(Objects::nonNull).distinct().count();

		Occurrence first = occurrences.stream().filter(o -> school1.equals(o.organizationId()) && o.seq() == 0)
			.findFirst().orElseThrow();
		mvc.perform(post("/api/sosnovka/roadmap/occurrences/" + first.id() + "/complete")
			.with(TestUsers.as(tenancy, "sosnovka")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"document\": {\"kind\": \"отчёт\", \"number\": \"5\", \"date\": \"2020-12-28\","
					+ " \"title\": \"Отчёт о доле обучающихся, вовлечённых в наставничество\"}}"))
			.andExpect(status().isOk());

		JsonNode dto = new ObjectMapper().readTree(mvc.perform(get("/api/sosnovka/roadmap/items/" + item)
			.with(TestUsers.as(tenancy, "sosnovka"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(dto.get("schools").asInt()).isEqualTo(schools);
		JsonNode planned2020 = dto.get("planned").get(0);
		assertThat(planned2020.get("due").asString()).isEqualTo("2020-12-31");
		assertThat(planned2020.get("target").get("value").decimalValue().intValue()).isEqualTo(10);
		assertThat(planned2020.get("progress").get("done").asInt()).isEqualTo(1);
		assertThat(planned2020.get("occurrences")).hasSize(schools);

		String table = mvc.perform(get("/t/sosnovka/roadmap").with(TestUsers.as(tenancy, "sosnovka")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(table).contains("1 из " + schools + " ОО");
		// a school's curator marks only their own school's occurrences
		String curator = "curator-" + school2.toString().substring(0, 8);
		tenancy.createAccount(new TenancyService.NewAccount(curator, "curator-password", "Куратор СОШ № 2",
				ru.nastavnik.platform.Role.SCHOOL_CURATOR, tenant, null, school2));
		Occurrence own = occurrences.stream().filter(o -> school2.equals(o.organizationId()) && o.seq() == 0)
			.findFirst().orElseThrow();
		Occurrence foreign = occurrences.stream().filter(o -> school1.equals(o.organizationId()) && o.seq() == 1)
			.findFirst().orElseThrow();
		String document = "{\"document\": {\"kind\": \"справка\", \"number\": \"2\", \"date\": \"2020-12-29\","
				+ " \"title\": \"Справка о доле обучающихся\"}}";
		mvc.perform(post("/api/sosnovka/roadmap/occurrences/" + foreign.id() + "/complete")
			.with(TestUsers.as(tenancy, curator)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/sosnovka/roadmap/occurrences/" + own.id() + "/complete")
			.with(TestUsers.as(tenancy, curator)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isOk());
		assertThat(support.occurrences("sosnovka", item).stream().filter(o -> o.id().equals(foreign.id())).findFirst()
			.orElseThrow().status()).isEqualTo(foreign.status());

		String page = mvc.perform(get("/t/sosnovka/roadmap/items/" + item).with(TestUsers.as(tenancy, "sosnovka")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("МБОУ Сосновская СОШ № 1").contains("МБОУ Сосновская СОШ № 2")
			.contains("Выполнили 2 из " + schools + " ОО");
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Roadmaps roadmaps;

	/**
	 * The registry announces a municipality's schools together (one transaction, as its demo data and imports do), and
	 * their listeners may run at the same time as each other and as the overdue claim: every school still gets its
	 * occurrences in every per-school item. (A deadlock between such writers was seen once in a whole-application run;
	 * they now take the tenant's occurrences lock. This test does not reproduce that deadlock on demand — it guards
	 * the outcome: no school is lost.)
	 */
	@Test
	void aBurstOfSchoolsAllGetTheirOccurrences() throws Exception {
		String slug = "dagestanskie-ogni";
		var tenant = support.tenant(slug);
		List<UUID> schools = java.util.stream.IntStream.range(0, 8).mapToObj(i -> UUID.randomUUID()).toList();
		ru.nastavnik.platform.TenantContext.run(tenant, () -> new org.springframework.transaction.support.TransactionTemplate(
				transactions).executeWithoutResult(s -> {
					for (int i = 0; i < schools.size(); i++) {
						events.publishEvent(new OrganizationRegistered(tenant, schools.get(i),
								"Муниципальное бюджетное общеобразовательное учреждение «СОШ № " + (20 + i) + "»",
								"МБОУ СОШ № " + (20 + i), "SCHOOL"));
					}
				}));
		var overdue = java.util.concurrent.CompletableFuture
			.runAsync(() -> support.in(slug, () -> roadmaps.claimOverdue(java.time.LocalDate.now(), java.time.Instant.now())));
		List<ru.nastavnik.roadmap.domain.tracking.RoadmapItem> perSchool = support.in(slug, roadmaps::perSchoolItems);
		assertThat(perSchool).isNotEmpty();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			for (var item : perSchool) {
				List<Occurrence> occurrences = support.occurrences(slug, item.id());
				assertThat(schools).allSatisfy(school -> assertThat(occurrences)
					.anyMatch(o -> school.equals(o.organizationId())));
			}
		});
		overdue.get();
	}
}
