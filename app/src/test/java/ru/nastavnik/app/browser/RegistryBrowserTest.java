package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The registry in a real Chromium: a coordinator uploads a Windows-1251 CSV with a bad row, sees the errors by row and
 * column (and nothing written), fixes the file, uploads it again, and finds the participant in the list.
 */
class RegistryBrowserTest extends BrowserTestSupport {

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
}
