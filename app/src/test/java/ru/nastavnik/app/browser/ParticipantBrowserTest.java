package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.tenancy.TenancyService;

/**
 * Issue 14 in a real Chromium: a school curator invites a mentor; the mentor opens the link on a phone (375 px),
 * is refused a weak password, sets a good one, signs in and fills the compatibility questionnaire (an incomplete one
 * is refused first); the curator runs the matching and the pair's explanation shows the questionnaire was used; the
 * mentor withdraws the publication consent and disappears from the public best-mentors page. A second test checks
 * that every participant page fits a 375 px screen without sideways scrolling, with screenshots.
 */
class ParticipantBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "Vesna-2024-ok";

	@Autowired
	TenancyService tenancy;

	APIRequestContext coordinator() {
		return playwright.request().newContext(new APIRequest.NewContextOptions().setBaseURL(url(""))
			.setExtraHTTPHeaders(Map.of("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("sasovo:demo".getBytes(StandardCharsets.UTF_8)))));
	}

	static JsonElement json(com.microsoft.playwright.APIResponse response) {
		org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isBetween(200, 299);
		String text = response.text();
		return text.isBlank() ? null : JsonParser.parseString(text);
	}

	BrowserContext phone() {
		var phone = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(375, 740)
			.setIsMobile(true).setHasTouch(true));
		phone.setDefaultTimeout(15_000);
		return phone;
	}

	/** The page is no wider than the screen: nothing to scroll sideways. */
	static void fitsThePhone(Page p, String name) throws Exception {
		Path dir = Path.of("target", "browser-screenshots");
		Files.createDirectories(dir);
		p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("participant-375-" + name + ".png")).setFullPage(true));
		int scrollWidth = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
		int viewport = ((Number) p.evaluate("() => window.innerWidth")).intValue();
		org.assertj.core.api.Assertions.assertThat(viewport).isEqualTo(375);
		org.assertj.core.api.Assertions.assertThat(scrollWidth).as(name + ": page wider than the phone's screen")
			.isLessThanOrEqualTo(viewport);
	}

	static void signIn(Page p, String baseUrl, String username, String password) {
		p.navigate(baseUrl + "/login");
		p.getByLabel("Имя пользователя").fill(username);
		p.getByLabel("Пароль").fill(password);
		p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
		p.waitForURL(u -> !u.endsWith("/login"));
	}

	static void signOut(Page p) {
		p.locator("form.logout button").click();
		p.waitForURL(u -> u.contains("/login"));
	}

	@Test
	void aCuratorInvitesAMentorWhoAnswersIsMatchedAndWithdrawsPublication() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String mentorName = "Наставникова Ирина Павловна";
		APIRequestContext api = coordinator();
		// the school, its mentor and mentee, the mentor's publication consent — as the coordinator would, over the API
		String school = json(api.post("/api/sasovo/registry/organizations", RequestOptions.create().setData(Map.of(
				"name", "МБОУ «Школа личного кабинета " + tag + "»", "shortName", "Школа ЛК " + tag, "kind", "SCHOOL"))))
			.getAsJsonObject().get("id").getAsString();
		var mentorData = new LinkedHashMap<String, Object>(Map.of("surname", "Наставникова", "name", "Ирина",
				"patronymic", "Павловна", "category", "TEACHER", "birthDate", "1980-03-15", "organizationId", school,
				"pedagogicalStart", "2005-09-01", "role", "MENTOR", "competencies", List.of("математика"), "capacity", 1));
		mentorData.put("consentDate", "2025-09-01");
		mentorData.put("consentGiver", "SELF");
		String mentor = json(api.post("/api/sasovo/registry/participants", RequestOptions.create().setData(mentorData)))
			.getAsJsonObject().get("id").getAsString();
		var menteeData = new LinkedHashMap<String, Object>(Map.of("surname", "Ученикин", "name", "Пётр",
				"patronymic", "Сергеевич", "category", "PUPIL", "birthDate", "2013-04-10", "schoolClass", "7Б",
				"organizationId", school, "role", "MENTEE", "requests", List.of("математика"), "consentDate", "2025-09-01"));
		menteeData.put("consentGiver", "LEGAL_REPRESENTATIVE");
		menteeData.put("legalRepresentative", "Ученикина Анна Викторовна");
		String mentee = json(api.post("/api/sasovo/registry/participants", RequestOptions.create().setData(menteeData)))
			.getAsJsonObject().get("id").getAsString();
		json(api.post("/api/sasovo/registry/participants/" + mentor + "/consents", RequestOptions.create().setData(
				Map.of("purpose", "PUBLICATION", "givenOn", "2025-09-01", "byLegalRepresentative", false))));

		// the mentor as a published best mentor (publication learns of the consent from the registry's events)
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> json(api.get("/api/sasovo/publication/best-mentors/candidates"))
			.toString().contains(mentor));
		String item = json(api.post("/api/sasovo/publication/best-mentors", RequestOptions.create().setData(Map.of(
				"participantId", mentor, "title", mentorName, "summary", "Учитель математики, наставник молодых ребят",
				"body", "<p>Готовит учеников к олимпиадам.</p>")))).getAsJsonObject().get("id").getAsString();
		json(api.post("/api/sasovo/publication/items/" + item + "/publish"));
		// the programme; pairing learns of both from the registry's events; the mentee's answers typed by the curator
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/sasovo/pairing/participants/" + mentee
				+ "/answers").status() == 200 && api.get("/api/sasovo/pairing/participants/" + mentor + "/answers").status() == 200);
		String programme = json(api.post("/api/sasovo/pairing/programmes", RequestOptions.create().setData(Map.of(
				"organizationId", school, "title", "Программа личного кабинета " + tag, "formCodes", List.of("teacher-pupil"),
				"startsOn", "2025-09-01", "endsOn", "2026-05-31", "goals", "успеваемость по математике"))))
			.getAsJsonObject().get("id").getAsString();
		JsonArray questions = json(api.get("/api/sasovo/pairing/questionnaire/questions")).getAsJsonArray();
		var menteeAnswers = new JsonObject();
		for (JsonElement q : questions) {
			var options = new JsonArray();
			options.add(q.getAsJsonObject().getAsJsonArray("options").get(0));
			menteeAnswers.add(q.getAsJsonObject().get("id").getAsString(), options);
		}
		json(api.put("/api/sasovo/pairing/participants/" + mentee + "/answers", RequestOptions.create()
			.setHeader("Content-Type", "application/json").setData(menteeAnswers.toString())));

		// 1. the school's curator invites the mentor from the card
		String curator = "curator-lk-" + tag;
		tenancy.createAccount(new TenancyService.NewAccount(curator, "curator-password", "Куратор школы ЛК " + tag,
				Role.SCHOOL_CURATOR, tenancy.bySlug("sasovo").orElseThrow().id(), null, UUID.fromString(school)));
		signIn(curator, "curator-password");
		page.navigate(url("/t/sasovo/registry/participants/" + mentor));
		assertThat(page.locator("#access h2")).hasText("Личный кабинет участника");
		page.locator("#invite-button").click();
		assertThat(page.locator(".notice").first()).containsText("Приглашение создано");
		String link = page.locator("#invitation-link input").inputValue();
		org.assertj.core.api.Assertions.assertThat(link).startsWith(url("/join/sasovo/"));
		assertThat(page.locator("#invitations")).containsText("ожидает");
		signOut(page);

		// 2. the mentor opens the link on a phone: a weak password is refused, a good one accepted
		BrowserContext phone = phone();
		try {
			Page mobile = phone.newPage();
			mobile.onDialog(dialog -> dialog.accept());
			mobile.navigate(link);
			assertThat(mobile.locator("h1")).hasText("Личный кабинет участника");
			assertThat(mobile.locator("main")).containsText(mentorName);
			fitsThePhone(mobile, "join");
			String username = "irina-" + tag;
			mobile.getByLabel("Имя пользователя (латиницей)").fill(username);
			mobile.locator("#password").fill("korotkij1");
			mobile.locator("#passwordRepeat").fill("korotkij1");
			mobile.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Создать учётную запись")).click();
			assertThat(mobile.locator("#password-error")).hasText("Пароль слишком короткий: 9 символов, нужно не меньше 10");
			assertThat(mobile.getByLabel("Имя пользователя (латиницей)")).hasValue(username);
			org.assertj.core.api.Assertions.assertThat(tenancy.findAccount(username)).isEmpty();
			mobile.locator("#password").fill(PASSWORD);
			mobile.locator("#passwordRepeat").fill(PASSWORD);
			mobile.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Создать учётную запись")).click();
			assertThat(mobile.locator("#accepted")).containsText(username);
			// the link is one-time
			mobile.navigate(link);
			assertThat(mobile.locator("#refusal")).containsText("уже использована");

			// 3. the mentor signs in and fills the questionnaire: incomplete first, refused, then complete
			signIn(mobile, url(""), username, PASSWORD);
			assertThat(mobile.locator("h1")).hasText("Мои данные");
			assertThat(mobile.locator("#profile")).containsText(mentorName);
			fitsThePhone(mobile, "me");
			mobile.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Анкета для подбора")).click();
			assertThat(mobile.locator("h1")).hasText("Анкета для подбора пары");
			mobile.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить ответы")).click();
			assertThat(mobile.locator("#problem")).hasText("Анкета не сохранена: ответьте на все вопросы");
			assertThat(mobile.locator("#own-answers .field-error")).hasCount(questions.size());
			var fieldsets = mobile.locator("#own-answers fieldset");
			for (int i = 0; i < fieldsets.count(); i++) {
				fieldsets.nth(i).locator("input").first().check();
			}
			mobile.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить ответы")).click();
			assertThat(mobile.locator(".notice")).containsText("Анкета сохранена");
			fitsThePhone(mobile, "questionnaire");

			// 4. the curator sees who has answered, runs the matching: the explanation uses the answers
			signIn(curator, "curator-password");
			page.navigate(url("/t/sasovo/pairing/programmes/" + programme));
			var mentorRow = page.locator("#candidates tbody tr", new Page.LocatorOptions().setHasText(mentorName));
			assertThat(mentorRow).containsText("заполнена");
			page.locator("form[action*='/matching'] button").first().click();
			var pair = page.locator("#pairs tbody tr[data-mentor='" + mentorName + "']");
			assertThat(pair).containsText("Ученикин Пётр Сергеевич");
			// both answered alike: compatibility 1 (without answers it would be the neutral 0,50)
			assertThat(pair).containsText("совместимость по анкете 1,00");

			page.navigate(url("/public/sasovo"));
			assertThat(page.locator("#mentors")).containsText(mentorName);

			// 5. the mentor withdraws the publication consent on the phone; the public page drops them
			mobile.navigate(url("/t/sasovo/me"));
			mobile.locator("#withdraw-PUBLICATION").click();
			assertThat(mobile.locator(".notice")).containsText("отозвано");
			assertThat(mobile.locator("[data-purpose=PUBLICATION]")).containsText("отозвано");
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
				page.navigate(url("/public/sasovo"));
				return !page.locator("#mentors").textContent().contains(mentorName);
			});

			// every sign-in, answer and consent change of the participant is in the audit log
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
				String audit = json(api.get("/api/sasovo/registry/audit?participantId=" + mentor + "&size=50")).toString();
				return audit.contains("ACCOUNT_CREATED") && audit.contains("SIGNED_IN") && audit.contains("QUESTIONNAIRE_ANSWERED")
						&& audit.contains("CONSENT_WITHDRAWN") && audit.contains("INVITED");
			});
		}
		finally {
			phone.close();
			api.dispose();
		}
	}

	@Test
	void everyParticipantPageFitsAPhoneScreen() throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> tenancy.findAccount("sasovo-mentor").isPresent()
				&& tenancy.findAccount("sasovo-parent").isPresent());
		BrowserContext phone = phone();
		try {
			Page mobile = phone.newPage();
			mobile.navigate(url("/login"));
			fitsThePhone(mobile, "login");
			signIn(mobile, url(""), "sasovo-mentor", "demo");
			assertThat(mobile.locator("h1")).hasText("Мои данные");
			assertThat(mobile.locator("nav.sidenav")).containsText("Моя пара");
			assertThat(mobile.locator("nav.sidenav")).not().containsText("Реестр");
			fitsThePhone(mobile, "demo-me");
			for (String[] section : new String[][] { { "/t/sasovo/me/pair", "Моя пара", "pair" },
					{ "/t/sasovo/me/questionnaire", "Анкета для подбора пары", "demo-questionnaire" },
					{ "/t/sasovo/me/surveys", "Анкеты мониторинга", "surveys" } }) {
				mobile.navigate(url(section[0]));
				assertThat(mobile.locator("h1")).hasText(section[1]);
				fitsThePhone(mobile, section[2]);
			}
			// a staff page is refused to the participant
			var refused = mobile.navigate(url("/t/sasovo/registry"));
			org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
			mobile.navigate(url("/t/sasovo/me"));
			signOut(mobile);
			// the legal representative of a minor: acts for them, says so
			signIn(mobile, url(""), "sasovo-parent", "demo");
			assertThat(mobile.locator("#representative")).containsText("законный представитель");
			fitsThePhone(mobile, "representative-me");
		}
		finally {
			phone.close();
		}
	}
}
