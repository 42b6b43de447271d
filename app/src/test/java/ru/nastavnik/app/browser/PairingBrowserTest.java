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

	@Test
	void aCuratorRunsMatchingLocksAPairReRunsIssuesTheOrderAndDownloadsIt() throws Exception {
		TenantId sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		UUID school = UUID.randomUUID();
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
