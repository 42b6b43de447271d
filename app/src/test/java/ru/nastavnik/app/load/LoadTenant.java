package ru.nastavnik.app.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import ru.nastavnik.app.instances.AppInstance;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * One municipality of the load test, set up through the API as its coordinator would: two schools, mentors and young
 * teachers, a roadmap adopted from Sasovo's template, a mentoring programme. Every participant's surname carries the
 * tenant's marker ({@code Щюз} and two letters), so that a response or a row showing another tenant's marker is a
 * cross-tenant leak.
 */
final class LoadTenant {

	static final String MARKER_PREFIX = "Щюз";

	private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшэюя";

	final int index;

	final String slug;

	final UUID id;

	final String marker;

	final String token;

	final List<String> schools = new ArrayList<>();

	String programme;

	/** Occurrences to mark done or reopen, each with its current state; users take one, act, and put it back. */
	final Queue<Occurrence> occurrences = new ConcurrentLinkedQueue<>();

	final AtomicInteger registrations = new AtomicInteger();

	static final class Occurrence {

		final String id;

		volatile boolean done;

		Occurrence(String id) {
			this.id = id;
		}
	}

	private LoadTenant(int index, String slug, UUID id, String token) {
		this.index = index;
		this.slug = slug;
		this.id = id;
		this.marker = MARKER_PREFIX + letters(index, 2);
		this.token = token;
	}

	static String letters(int value, int minLength) {
		var out = new StringBuilder();
		int v = value;
		do {
			out.insert(0, LETTERS.charAt(v % LETTERS.length()));
			v /= LETTERS.length();
		}
		while (v > 0);
		while (out.length() < minLength) {
			out.insert(0, LETTERS.charAt(0));
		}
		return out.toString();
	}

	/** The coordinator's user name and password (the slug, and {@value #PASSWORD}). */
	static final String PASSWORD = "load-password-1";

	static LoadTenant create(AppInstance app, int index) {
		String slug = "load-" + String.format("%02d", index);
		UUID id = TestUsers.newTenantWithCoordinator(app.bean(TenancyService.class), slug,
				"Нагрузочный район " + String.format("%02d", index), PASSWORD).value();
		var token = app.post("/api/me/tokens", AppInstance.basic(slug, PASSWORD),
				"{\"name\":\"Нагрузочный тест\",\"validDays\":2}");
		require(token.statusCode() == 201, "token", token);
		var tenant = new LoadTenant(index, slug, id, AppInstance.json(token).path("token").asString());
		tenant.populate(app);
		return tenant;
	}

	String bearer() {
		return AppInstance.bearer(token);
	}

	private void populate(AppInstance app) {
		for (String school : List.of("Школа №1", "Гимназия №2")) {
			var created = app.post("/api/" + slug + "/registry/organizations", bearer(),
					"{\"name\":\"МБОУ «" + school + "»\",\"shortName\":\"" + school + "\",\"kind\":\"SCHOOL\"}");
			require(created.statusCode() == 201, "organisation", created);
			schools.add(AppInstance.json(created).path("id").asString());
		}
		for (int i = 0; i < 4; i++) {
			var r = app.post("/api/" + slug + "/registry/participants", bearer(), mentorJson(i));
			require(r.statusCode() == 201, "mentor", r);
		}
		for (int i = 0; i < 8; i++) {
			var r = app.post("/api/" + slug + "/registry/participants", bearer(), registrationJson());
			require(r.statusCode() == 201, "mentee", r);
		}
		var copied = app.post("/api/" + slug + "/roadmap/template/copy?from=sasovo", bearer(), "");
		require(copied.statusCode() == 201, "template copy", copied);
		var adopted = app.post("/api/" + slug + "/roadmap/roadmaps", bearer(),
				"{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2027-12-31\",\"orderNumber\":\"1-н\",\"orderDate\":\"2026-01-10\"}");
		require(adopted.statusCode() == 201, "roadmap", adopted);
		String roadmap = AppInstance.json(adopted).path("id").asString();
		var detail = app.get("/api/" + slug + "/roadmap/roadmaps/" + roadmap, bearer());
		require(detail.statusCode() == 200, "roadmap detail", detail);
		collectOpenOccurrences(AppInstance.json(detail));
		var programme = app.post("/api/" + slug + "/pairing/programmes", bearer(), "{\"organizationId\":\"" + schools.get(0)
				+ "\",\"title\":\"Наставничество молодых педагогов\",\"formCodes\":[\"teacher-teacher\"],"
				+ "\"startsOn\":\"2026-09-01\",\"endsOn\":\"2027-05-31\"}");
		require(programme.statusCode() == 201, "programme", programme);
		this.programme = AppInstance.json(programme).path("id").asString();
	}

	private void collectOpenOccurrences(JsonNode node) {
		if (node.isObject()) {
			if (node.has("statusTitle") && node.has("id")
					&& List.of("PLANNED", "IN_PROGRESS").contains(node.path("status").asString())) {
				occurrences.add(new Occurrence(node.path("id").asString()));
			}
			node.values().forEach(this::collectOpenOccurrences);
		}
		else if (node.isArray()) {
			node.values().forEach(this::collectOpenOccurrences);
		}
	}

	String mentorJson(int i) {
		return """
				{"surname":"%s-%s","name":"Мария","patronymic":"Ивановна","category":"TEACHER","birthDate":"1978-02-0%d",
				 "organizationId":"%s","pedagogicalStart":"2003-09-01","role":"MENTOR","competencies":["математика","физика"],
				 "capacity":3,"trainedOn":"2024-05-20","consentDate":"2025-09-01","consentGiver":"SELF"}"""
			.formatted(marker, letters(i, 1), i + 1, schools.get(i % 2));
	}

	/** A young teacher registering as a mentee: a new surname each time (the registry refuses a second identical person). */
	String registrationJson() {
		int n = registrations.getAndIncrement();
		return """
				{"surname":"%s-%s","name":"Анна","patronymic":"Петровна","category":"TEACHER","birthDate":"2000-04-12",
				 "organizationId":"%s","pedagogicalStart":"2024-09-01","role":"MENTEE",
				 "requests":["классное руководство"],"consentDate":"%s","consentGiver":"SELF"}"""
			.formatted(marker, letters(n, 1), schools.get(n % 2), LocalDate.of(2025, 9, 1));
	}

	static final String MARK_DONE = "{\"document\":{\"kind\":\"приказ\",\"number\":\"17\",\"date\":\"2026-11-20\","
			+ "\"title\":\"Отчёт о выполнении\"}}";

	private static void require(boolean ok, String what, java.net.http.HttpResponse<String> response) {
		if (!ok) {
			throw new IllegalStateException("load set-up, " + what + ": " + response.statusCode() + " " + response.body());
		}
	}
}
