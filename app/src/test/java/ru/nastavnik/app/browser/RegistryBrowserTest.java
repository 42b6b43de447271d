package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;

/**
 * The registry in a real Chromium: a coordinator uploads a Windows-1251 CSV with a bad row, sees the errors by row and
 * column (and nothing written), fixes the file, uploads it again, and finds the participant in the list.
 */
class RegistryBrowserTest extends BrowserTestSupport {

	@Autowired
	TenancyService tenancy;

	static final String HEADER = "Фамилия;Имя;Отчество;Категория;Дата рождения;Класс;Организация;Роль;"
			+ "Запросы наставляемого;Согласие на обработку ПДн: дата;Согласие дал;ФИО законного представителя";

	static String row(String surname, String birth) {
		return surname + ";Ульяна;Игоревна;обучающийся;" + birth + ";7Б;МБОУ «Кустарёвская СШ»;наставляемый;"
				+ "Трудности в учёбе;01.09.2025;законный представитель;" + surname + " Ирина Петровна";
	}

	static Path file(String... rows) throws Exception {
		Path file = Files.createTempDirectory("registry-browser").resolve("список-7Б.csv");
		Files.writeString(file, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", Charset.forName("windows-1251"));
		return file;
	}

	@Test
	void aCoordinatorImportsAFileWithErrorsSeesThemByRowFixesItAndFindsTheParticipant() throws Exception {
		signIn("sasovo");
		// the demo schools are loaded in the background at start-up
		for (int i = 0; i < 60 && !page.navigate(url("/t/sasovo/registry/organizations")).text()
				.contains("Кустарёвская"); i++) {
			page.waitForTimeout(500);
		}
		page.navigate(url("/t/sasovo/registry/imports"));
		assertThat(page.locator("h1")).hasText("Загрузка списков участников");

		// row 3 has a date of birth that does not exist
		page.locator("#file").setInputFiles(file(row("Браузерова", "14.03.2013"), row("Проверкина", "31.02.2013"),
				row("Тестовая", "02.11.2012")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить")).click();
		assertThat(page.locator("#import-state")).hasText("не загружен: ошибки в файле");
		var errors = page.locator("#import-errors tbody tr");
		assertThat(errors).hasCount(1);
		assertThat(errors.first().locator("td").nth(0)).hasText("3");
		assertThat(errors.first().locator("td").nth(1)).hasText("Дата рождения");
		assertThat(errors.first().locator("td").nth(2)).hasText("31.02.2013");
		assertThat(page.locator("#import-status .error")).containsText("Ничего не записано");

		// nothing was written: the good rows are not in the registry either
		page.navigate(url("/t/sasovo/registry?search=" + java.net.URLEncoder.encode("Браузерова",
				java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(page.locator("main")).containsText("Участников не найдено");

		// the fixed file goes in
		page.navigate(url("/t/sasovo/registry/imports"));
		page.locator("#file").setInputFiles(file(row("Браузерова", "14.03.2013"), row("Проверкина", "28.02.2013"),
				row("Тестовая", "02.11.2012")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить")).click();
		assertThat(page.locator("#import-outcome")).containsText("добавлено 3");
		// the page keeps polling until pairing, monitoring and publication have handled the import's chunk, and says so
		assertThat(page.locator("#import-follow-up")).containsText("Все разделы учли загрузку",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertThat(page.locator("#import-follow-up")).containsText("пакетов событий обработано: 4");

		// and the participant is found by the beginning of the surname
		page.navigate(url("/t/sasovo/registry"));
		page.getByLabel("ФИО (начало)").fill("провер");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Найти")).click();
		var found = page.locator("#participants tbody tr");
		assertThat(found).hasCount(1);
		assertThat(found.first()).containsText("Проверкина Ульяна Игоревна");
		assertThat(found.first()).containsText("МБОУ «Кустарёвская СШ»");
		found.first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).containsText("Проверкина Ульяна Игоревна");
	}

	@Test
	void aLongRegisterSaysExactlyHowManyAndHasPageNumbersAtBothWidths() throws Exception {
		// a municipality of its own with 1,100 participants: past where the list used to stop counting («более 1 025»)
		String slug = "reg-pages-" + java.util.UUID.randomUUID().toString().substring(0, 6);
		TestUsers.newTenantWithCoordinator(tenancy, slug, "Округ со списком", "reg-pages-secret");
		new ApiCalls(port, slug, "reg-pages-secret").post("/api/" + slug + "/registry/organizations",
				java.util.Map.of("name", "МБОУ «Средняя школа № 1»", "shortName", "СОШ № 1", "kind", "SCHOOL"));
		var rows = new java.util.ArrayList<String>();
		java.time.LocalDate born = java.time.LocalDate.of(2008, 1, 1);
		for (int i = 0; i < 1100; i++) {
			rows.add("Страничная;Ульяна;Игоревна;обучающийся;"
					+ born.plusDays(i).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
					+ ";7Б;СОШ № 1;наставляемый;Трудности в учёбе;01.09.2025;законный представитель;Страничная Ирина Петровна");
		}
		signIn(slug, "reg-pages-secret");
		page.navigate(url("/t/" + slug + "/registry/imports"));
		page.locator("#file").setInputFiles(file(rows.toArray(String[]::new)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить")).click();
		assertThat(page.locator("#import-outcome")).containsText("добавлено 1\u00a0100",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

		inEachWindow(window -> {
			page.navigate(url("/t/" + slug + "/registry"));
			assertThat(page.locator("#found")).hasText("Найдено: 1\u00a0100");
			var pager = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Страницы"));
			assertThat(pager.locator("[aria-current=page]")).hasText("1");
			assertThat(pager).containsText("страница 1 из 44");
			org.assertj.core.api.Assertions.assertThat(fitsTheWindow()).as(window[0] + " px").isTrue();
			// the last page is one click away, and says where it is
			pager.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Страница 44")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]page=43$"));
			assertThat(page.locator("#participants tbody tr")).hasCount(1100 - 43 * 25);
			pager = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Страницы"));
			assertThat(pager.locator("[aria-current=page]")).hasText("44");
			assertThat(pager.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
				.setName("Вперёд →"))).hasCount(0);
			// a filter counts exactly too
			page.navigate(url("/t/" + slug + "/registry?category=PUPIL&role=MENTEE"));
			assertThat(page.locator("#found")).hasText("Найдено: 1\u00a0100");
			page.navigate(url("/t/" + slug + "/registry?category=TEACHER"));
			assertThat(page.locator("main")).containsText("Участников не найдено");
		});
	}
}
