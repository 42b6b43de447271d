package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/**
 * A curator forms pairs in a real Chromium: opens a programme, runs matching, locks one pair, re-runs (the locked pair
 * stays), prepares and issues the order, downloads it as DOCX and PDF. The candidates come as the registry's events,
 * published here as the registry publishes them (in a transaction, in the tenant).
 */
class PairingBrowserTest extends BrowserTestSupport {

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	ru.nastavnik.platform.tenancy.TenancyService tenancy;

	/**
	 * A new school of Sasovo with three mentors and three mentees (pupils), registered as the registry's events and
	 * awaited in pairing's candidates; its name.
	 */
	String schoolWithCandidates(UUID school) {
		TenantId sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		String schoolName = "Школа браузерного теста " + school.toString().substring(0, 6);
		String[] subjects = { "математика", "физика", "химия" };
		var people = new ArrayList<ParticipantSnapshot>();
		for (int i = 0; i < 3; i++) {
			people.add(participant(school, "Наставникова" + (char) ('А' + i), 10, ParticipantRole.MENTOR, subjects[i]));
			people.add(participant(school, "Подопечный" + (char) ('А' + i), 6, ParticipantRole.MENTEE, subjects[i]));
		}
		TenantContext.run(sasovo, () -> tx.executeWithoutResult(s -> {
			publisher.publishEvent(new OrganizationRegistered(sasovo, school, "МБОУ «" + schoolName + "»", schoolName, "SCHOOL"));
			people.forEach(p -> publisher.publishEvent(new ParticipantRegistered(sasovo, p)));
		}));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
			Integer known = TenantContext.get(sasovo, () -> tx.execute(s -> jdbc.queryForObject(
					"select count(*) from pairing.candidate where organization_id = ? and category is not null", Integer.class,
					school)));
			return known != null && known == people.size();
		});
		return schoolName;
	}

	/** A programme of the school (pupil–pupil) opened over the API by Sasovo's coordinator; its id. */
	String programmeOf(UUID school) {
		return new ApiCalls(port, "sasovo", "demo").post("/api/sasovo/pairing/programmes", java.util.Map.of(
				"organizationId", school.toString(), "title", "Программа " + school.toString().substring(0, 6),
				"formCodes", java.util.List.of("pupil-pupil"), "startsOn", "2025-09-01", "endsOn", "2026-05-31"))
			.path("id").asString();
	}

	int proposalsOf(String programme) {
		return new ApiCalls(port, "sasovo", "demo").get("/api/sasovo/pairing/programmes/" + programme + "/proposals").size();
	}

	@Test
	void aSecondClickOnMatchingWhileItRunsSubmitsNothingAndTheButtonSaysItIsBusy() {
		UUID school = UUID.randomUUID();
		schoolWithCandidates(school);
		String programme = programmeOf(school);
		signIn("sasovo");
		page.navigate(url("/t/sasovo/pairing/programmes/" + programme));
		Locator run = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Подобрать пары: ученик–ученик"));
		var box = run.boundingBox();
		double x = box.x + box.width / 2;
		double y = box.y + box.height / 2;
		// the server is slow: the matching's request waits here until released
		var held = new java.util.concurrent.CopyOnWriteArrayList<com.microsoft.playwright.Route>();
		page.route("**/matching**", held::add);
		page.mouse().click(x, y);
		page.waitForCondition(() -> !held.isEmpty());
		// an impatient second click (and a double click) while it works: no second request leaves the page
		page.mouse().click(x, y);
		page.mouse().dblclick(x, y);
		var second = org.assertj.core.api.Assertions.catchThrowable(() -> page.waitForCondition(() -> held.size() > 1,
				new Page.WaitForConditionOptions().setTimeout(1_000)));
		org.assertj.core.api.Assertions.assertThat(second).as("a second request").isInstanceOf(com.microsoft.playwright.TimeoutError.class);
		held.forEach(com.microsoft.playwright.Route::resume);
		page.unroute("**/matching**");
		assertThat(page.locator("h1")).hasText("Предложение пар: ученик–ученик");
		// one matching, however many clicks: and it stays one
		Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
			.until(() -> proposalsOf(programme) == 1);

		// while the server works, the pressed button is busy and the form cannot be sent again: the server's answer is
		// held back here (204: the browser stays on the page), so the page's state can be seen and clicked again
		page.navigate(url("/t/sasovo/pairing/programmes/" + programme));
		var requests = new java.util.concurrent.atomic.AtomicInteger();
		page.route("**/matching**", route -> {
			requests.incrementAndGet();
			route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(204));
		});
		Locator form = page.locator("form[action*='/matching']").first();
		Locator button = form.locator("button");
		button.click();
		assertThat(button).isDisabled();
		assertThat(button).hasText("Выполняется…");
		assertThat(button).hasClass(java.util.regex.Pattern.compile("\\bbusy\\b"));
		assertThat(form).hasAttribute("aria-busy", "true");
		button.click(new Locator.ClickOptions().setForce(true));
		form.evaluate("f => f.requestSubmit()");
		Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> requests.get() == 1);
		page.unroute("**/matching**");
		org.assertj.core.api.Assertions.assertThat(proposalsOf(programme)).as("nothing reached the server").isEqualTo(1);
	}

	@Test
	void onAPhoneTheProposalsRowsAreCardsWithTheirLockAndForbidButtonsOnScreen() {
		UUID school = UUID.randomUUID();
		schoolWithCandidates(school);
		String programme = programmeOf(school);
		String proposal = new ApiCalls(port, "sasovo", "demo")
			.post("/api/sasovo/pairing/programmes/" + programme + "/matching?form=pupil-pupil", null).path("id").asString();
		signIn("sasovo");
		page.setViewportSize(375, 812);
		page.navigate(url("/t/sasovo/pairing/proposals/" + proposal));
		org.assertj.core.api.Assertions.assertThat(fitsTheWindow()).as("the proposal at 375 px").isTrue();
		Locator first = page.locator("#pairs tbody tr").first();
		for (String action : new String[] { "Закрепить", "Запретить" }) {
			var box = first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action)).boundingBox();
			org.assertj.core.api.Assertions.assertThat(box.x).as(action).isGreaterThanOrEqualTo(0);
			org.assertj.core.api.Assertions.assertThat(box.x + box.width).as(action).isLessThanOrEqualTo(375);
		}
		// each cell says what it is: the column's name above it
		org.assertj.core.api.Assertions.assertThat(first.locator("td").first().getAttribute("data-label")).isEqualTo("Наставник");
		String mentee = first.getAttribute("data-mentee");
		first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Закрепить")).click();
		assertThat(page.locator(".notice")).containsText("Пара закреплена");
		assertThat(page.locator("#pairs tbody tr[data-mentee='" + mentee + "'] .badge")).hasText("закреплена");
		org.assertj.core.api.Assertions.assertThat(fitsTheWindow()).isTrue();
	}

	@Test
	void aCuratorRunsMatchingLocksAPairReRunsIssuesTheOrderAndDownloadsIt() throws Exception {
		TenantId sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		UUID school = UUID.randomUUID();
		String schoolName = schoolWithCandidates(school);
		page.onDialog(dialog -> dialog.accept());

		// the school's curator: works within their organisation only
		String curator = "curator-" + school.toString().substring(0, 8);
		tenancy.createAccount(new ru.nastavnik.platform.tenancy.TenancyService.NewAccount(curator, "curator-password",
				"Куратор: " + schoolName, ru.nastavnik.platform.Role.SCHOOL_CURATOR, sasovo, null, school));
		signIn(curator, "curator-password");
		page.navigate(url("/t/sasovo/pairing"));
		assertThat(page.locator("h1")).hasText("Наставнические пары");
		String title = "Программа наставничества (браузерный тест " + school.toString().substring(0, 6) + ")";
		page.getByLabel("Образовательная организация").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel(schoolName));
		page.getByLabel("Название программы").fill(title);
		page.locator("#new-programme input[name=formCodes][value=pupil-pupil]").check();
		page.getByLabel("Начало").fill("2025-09-01");
		page.getByLabel("Окончание").fill("2026-05-31");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Открыть программу")).click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("#candidates")).containsText("Подопечный");

		// the fit's weights of this programme: the defaults, a refused sum with its error next to the fields, a save
		Locator weights = page.locator("#weights");
		assertThat(page.locator("#weights-title")).hasText("Веса критериев подбора, %");
		assertThat(weights.getByLabel("Запросы наставляемого и компетенции наставника")).hasValue("50");
		assertThat(weights.getByLabel("Совместимость по анкете")).hasValue("35");
		assertThat(weights.getByLabel("Одна образовательная организация")).hasValue("15");
		weights.getByLabel("Совместимость по анкете").fill("50");
		weights.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Сохранить веса")).click();
		assertThat(page.locator("#weights .error")).containsText("Веса критериев подбора не сохранены");
		assertThat(page.locator("#weights-error")).hasText("Сумма весов должна быть равна 100 %, сейчас 115 %");
		assertThat(page.locator("#weights").getByLabel("Совместимость по анкете")).hasValue("50");
		weights = page.locator("#weights");
		weights.getByLabel("Запросы наставляемого и компетенции наставника").fill("60");
		weights.getByLabel("Совместимость по анкете").fill("30");
		weights.getByLabel("Одна образовательная организация").fill("10");
		weights.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Сохранить веса")).click();
		assertThat(page.locator(".notice")).containsText("Веса критериев подбора сохранены: 60 / 30 / 10 %");
		assertThat(page.locator("#weights-error")).hasCount(0);
		assertThat(page.locator("#weights").getByLabel("Запросы наставляемого и компетенции наставника")).hasValue("60");
		assertThat(page.locator("#weights").getByLabel("Одна образовательная организация")).hasValue("10");

		// run matching: three pairs, each with its explanation
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Подобрать пары: ученик–ученик")).click();
		assertThat(page.locator("h1")).hasText("Предложение пар: ученик–ученик");
		Locator rows = page.locator("#pairs tbody tr");
		assertThat(rows).hasCount(3);
		assertThat(page.locator("#pairs")).containsText("запросы × компетенции");
		assertThat(page.locator("#pairs")).containsText("вес 60"); // the run used the programme's weights

		// lock the first pair
		Locator first = rows.first();
		String mentee = first.getAttribute("data-mentee");
		String mentor = first.getAttribute("data-mentor");
		first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Закрепить")).click();
		assertThat(page.locator(".notice")).containsText("Пара закреплена");
		Locator lockedRow = page.locator("#pairs tbody tr[data-mentee='" + mentee + "']");
		assertThat(lockedRow.locator(".badge")).hasText("закреплена");

		// re-run: a new proposal, the locked pair is still there with the same mentor
		String before = page.url();
		page.locator("#rerun").click();
		assertThat(page.locator(".notice")).containsText("Подбор повторён");
		org.assertj.core.api.Assertions.assertThat(page.url()).isNotEqualTo(before);
		lockedRow = page.locator("#pairs tbody tr[data-mentee='" + mentee + "']");
		assertThat(lockedRow).hasAttribute("data-mentor", mentor);
		assertThat(lockedRow.locator(".badge")).hasText("закреплена");
		assertThat(page.locator("#pairs tbody tr")).hasCount(3);

		// the order: prepare, issue, download
		String number = "Б-" + school.toString().substring(0, 4);
		page.getByLabel("Номер приказа").fill(number);
		page.getByLabel("Дата приказа").fill(LocalDate.of(2025, 9, 10).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Подготовить приказ")).click();
		assertThat(page.locator("h1")).hasText("Приказ № " + number + " от 10.09.2025");
		assertThat(page.locator("#order-status")).hasText("проект");
		assertThat(page.locator("#order-pairs tbody tr")).hasCount(3);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Издать приказ")).click();
		assertThat(page.locator(".notice")).containsText("издан");
		assertThat(page.locator("#order-status")).hasText("издан");
		assertThat(page.locator("#order-pairs")).containsText("действует");

		var docx = page.waitForDownload(() -> page.locator("#download-docx").click());
		byte[] docxBytes = Files.readAllBytes(docx.path());
		org.assertj.core.api.Assertions.assertThat(docx.suggestedFilename()).endsWith(".docx");
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docxBytes))) {
			org.assertj.core.api.Assertions.assertThat(document.getTables().get(0).getText()).contains(mentor).contains(mentee);
		}
		var pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
		byte[] pdfBytes = Files.readAllBytes(pdf.path());
		org.assertj.core.api.Assertions.assertThat(new String(pdfBytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		org.assertj.core.api.Assertions.assertThat(pdfBytes.length).isGreaterThan(2_000);

		// the pairs are active and have their individual plans
		page.navigate(url("/t/sasovo/pairing/pairs"));
		assertThat(page.locator("#pair-list")).containsText(mentee.split(" ")[0]);
	}

	static ParticipantSnapshot participant(UUID school, String surname, int grade, ParticipantRole role, String subject) {
		boolean mentor = role == ParticipantRole.MENTOR;
		return new ParticipantSnapshot(UUID.randomUUID(), school, new PersonName(surname, mentor ? "Анна" : "Иван", null),
				ParticipantCategory.PUPIL, grade, grade < 9 ? AgeBand.FROM_10_TO_14 : AgeBand.FROM_15_TO_19, true, false,
				Set.of(role), mentor ? Set.of(subject) : Set.of(), mentor ? Set.of() : Set.of(subject), mentor ? 1 : null, false,
				false, true, false, LocalDate.of(2024, 9, 1), true);
	}
}
