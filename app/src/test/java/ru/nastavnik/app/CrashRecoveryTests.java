package ru.nastavnik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.app.instances.AppInstance;
import ru.nastavnik.app.instances.GatedExecution;
import ru.nastavnik.app.instances.ProbeHappened;
import ru.nastavnik.app.instances.ProbeListener;
import ru.nastavnik.app.instances.TenantRows;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * Faults between a committed business transaction and its listeners. Instance a dies after a registration committed
 * and before any listener ran; instance b, which survives, redelivers the publications a left behind (its
 * resubmission runs every second here, for publications older than two seconds), and every table ends exactly as for
 * the same registration in another tenant that never saw a crash. A listener that throws is retried, leaves nothing
 * half-written, and the administrator sees it as failed with its error until it succeeds.
 * <p>
 * The test relies on the listener contract only (transactional, idempotent, in the event's tenant), not on which events
 * a registration publishes or which module listens: it compares every business table, row counts per tenant.
 */
class CrashRecoveryTests {

	static AppInstance a;

	static AppInstance b;

	static TenantRows rows;

	@BeforeAll
	static void start() {
		a = AppInstance.first("a", List.of(GatedExecution.class, ProbeListener.class), Map.of());
		a.awaitQuiet();
		b = AppInstance.on(a, "b", List.of(ProbeListener.class), Map.of("nastavnik.events.resubmit-interval", "PT1S",
				"nastavnik.events.resubmit-older-than", "PT2S"));
		b.awaitQuiet();
		DatabaseCoordinates db = a.bean(DatabaseCoordinates.class);
		ProbeListener.createTable(db);
		rows = new TenantRows(db);
	}

	@AfterAll
	static void stop() {
		GatedExecution.crash();
		ProbeListener.failing = false;
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	static String organisation(AppInstance at, String token, String tenant) {
		var response = at.post("/api/" + tenant + "/registry/organizations", AppInstance.bearer(token),
				"{\"name\":\"МБОУ «Средняя школа №1»\",\"shortName\":\"СШ №1\",\"kind\":\"SCHOOL\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return AppInstance.json(response).path("id").asString();
	}

	static int register(AppInstance at, String token, String tenant, String organisation) {
		return at.post("/api/" + tenant + "/registry/participants", AppInstance.bearer(token), """
				{"surname":"Устойчивая","name":"Вера","patronymic":"Павловна","category":"TEACHER","birthDate":"1998-03-02",
				 "organizationId":"%s","pedagogicalStart":"2024-09-01","role":"MENTOR_AND_MENTEE",
				 "competencies":["физика"],"capacity":2,"requests":["проектная деятельность"],
				 "consentDate":"2024-09-01","consentGiver":"SELF"}""".formatted(organisation)).statusCode();
	}

	@Test
	void publicationsLeftByAnInstanceThatDiedAfterCommitAreRedeliveredAndEveryTableEndsAsWithoutTheCrash() {
		TenancyService tenancy = a.bean(TenancyService.class);
		UUID calm = TestUsers.newTenantWithCoordinator(tenancy, "crash-calm", "Без сбоя", "demo").value();
		UUID crashed = TestUsers.newTenantWithCoordinator(tenancy, "crash-lost", "Со сбоем", "demo").value();
		String calmToken = a.token("crash-calm");
		String crashedToken = a.token("crash-lost");
		String calmSchool = organisation(b, calmToken, "crash-calm");
		String crashedSchool = organisation(b, crashedToken, "crash-lost");
		b.awaitQuiet();
		assertThat(rows.countsOf(crashed)).as("the two tenants start alike").isEqualTo(rows.countsOf(calm));

		// the same registration without a crash
		assertThat(register(b, calmToken, "crash-calm", calmSchool)).isEqualTo(201);
		b.awaitQuiet();

		// and with one: committed at a, whose listeners are held until a dies
		Map<String, Integer> before = rows.countsOf(crashed);
		GatedExecution.close();
		assertThat(register(a, crashedToken, "crash-lost", crashedSchool)).isEqualTo(201);
		int leftBehind = a.incompletePublications();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> GatedExecution.HELD.get() >= leftBehind);
		Map<String, Integer> afterCrash = rows.countsOf(crashed);
		// the process dies: its held tasks are dropped without running, then the instance is gone
		GatedExecution.crash();
		a.close();
		assertThat(leftBehind).as("publications committed with the registration, no listener done").isPositive();
		// every task a's executor was given since the gate closed (the registration's listeners among them) was held and
		// dropped with a: whatever completes the publications is b's redelivery

		// b redelivers them on its own, by its scheduled resubmission
		b.awaitQuiet();
		Map<String, Integer> recovered = rows.countsOf(crashed);
		assertThat(recovered).as("every business table, rows of the crashed tenant vs the calm one")
			.isEqualTo(rows.countsOf(calm));
		assertThat(recovered.keySet().stream()
			.filter(table -> !recovered.get(table).equals(afterCrash.get(table)))
			.filter(table -> !table.startsWith("registry."))).as("projections the redelivered listeners wrote")
			.isNotEmpty();
		assertThat(before).isNotEqualTo(recovered);
	}

	@Test
	void aThrowingListenerIsRetriedLeavesNoHalfEffectAndIsShownToTheAdministratorUntilItSucceeds() {
		TenantId sasovo = b.bean(TenantDirectory.class).bySlug("sasovo").orElseThrow().id();
		UUID probe = UUID.randomUUID();
		String admin = AppInstance.basic("admin", "demo");
		ProbeListener.failing = true;
		TenantContext.run(sasovo, () -> new TransactionTemplate(b.bean(PlatformTransactionManager.class))
			.executeWithoutResult(s -> b.publish(new ProbeHappened(sasovo, probe, "проба сбоя"))));

		// retried by the scheduled resubmission, failing each time, and listed for the administrator with its error
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ProbeListener.PROBE_ATTEMPTS.get(probe) != null
				&& ProbeListener.PROBE_ATTEMPTS.get(probe).get() >= 2);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> failedProbe(admin) != null);
		JsonNode listed = failedProbe(admin);
		assertThat(listed.path("error").asString()).contains("Пробный сбой обработчика события «проба сбоя»");
		assertThat(listed.path("module").asString()).isEqualTo("app");
		assertThat(listed.path("listener").asString()).isEqualTo("ProbeListener.on");
		assertThat(effectsOf(sasovo, probe)).as("nothing of the failed attempts is left").isZero();
		var page = b.get("/admin/events", admin);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Обработка событий", "ProbeHappened", "Пробный сбой обработчика", "ошибка");

		// the fault goes away; the administrator retries now: done once, and no longer listed
		ProbeListener.failing = false;
		var resubmitted = b.post("/api/admin/event-publications/resubmit", admin, "");
		assertThat(resubmitted.statusCode()).isEqualTo(200);
		b.awaitQuiet();
		assertThat(effectsOf(sasovo, probe)).isEqualTo(1);
		assertThat(failedProbe(admin)).isNull();
		assertThat(AppInstance.json(b.get("/api/admin/event-publications", admin)).valueStream()
			.filter(p -> p.path("eventType").asString().equals("ProbeHappened"))).isEmpty();
	}

	/** The failed probe publication as the administrator's API lists it, or null. */
	static JsonNode failedProbe(String admin) {
		var response = b.get("/api/admin/event-publications", admin);
		assertThat(response.statusCode()).isEqualTo(200);
		return AppInstance.json(response).valueStream()
			.filter(p -> p.path("eventType").asString().equals("ProbeHappened") && p.path("status").asString().equals("FAILED")
					&& !p.path("error").isNull() && !p.path("error").asString().isEmpty())
			.findFirst().orElse(null);
	}

	static int effectsOf(TenantId tenant, UUID probe) {
		return TenantContext.get(tenant, () -> new TransactionTemplate(b.bean(PlatformTransactionManager.class))
			.execute(s -> b.jdbc().queryForObject("select count(*) from probe.effect where probe_id = ?", Integer.class, probe)));
	}
}
