package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * The roadmap in a real Chromium: the coordinator sees overdue items flagged (on the home page and in the table),
 * marks an overdue item done with a document and a scan, and sees the progress change.
 */
class RoadmapBrowserTest extends BrowserTestSupport {

	@Test
	void aCoordinatorMarksAnOverdueItemDoneWithADocumentAndSeesProgressChange() {
		signIn("sasovo");
		// the home page: this month / overdue
		assertThat(page.locator("#roadmap-widget")).containsText("Просрочено");
		assertThat(page.locator("#roadmap-widget .overdue-list")).containsText("Проведение торжественного мероприятия");

		page.navigate(url("/t/sasovo/roadmap"));
		assertThat(page.locator("h1")).hasText("Дорожная карта");
		Locator row = page.locator("#roadmap tr[data-number='7']");
		// the demo roadmap's period (2020/21) is over: item 7 (May 2021) is flagged overdue
		assertThat(row).hasClass(java.util.regex.Pattern.compile(".*\\boverdue\\b.*"));
		assertThat(row.locator(".status .badge").first()).hasText("Просрочено");
		int doneBefore = Integer.parseInt(page.locator("#progress-done").textContent().trim());

		row.getByRole(AriaRole.LINK).first().click();
		assertThat(page.locator("#item-title")).containsText("Проведение торжественного мероприятия");
		assertThat(page.locator("#item-status")).hasText("Просрочено");
		page.locator("details.complete summary").first().click();
		page.getByLabel("Вид документа").fill("приказ");
		page.getByLabel("Номер").fill("58");
		page.getByLabel("Дата").fill("2021-05-28");
		page.getByLabel("Название").fill("Об итогах реализации программы наставничества и награждении наставников");
		page.locator("input[type=file][name=file]").setInputFiles(new FilePayload("приказ-58.pdf", "application/pdf",
				"%PDF-1.4\n% приказ № 58\n".getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выполнено").setExact(true)).click();

		assertThat(page.locator("#item-status")).hasText("Выполнено");
		assertThat(page.locator("ul.evidence")).containsText("№ 58");
		assertThat(page.locator("ul.evidence a", new Page.LocatorOptions().setHasText("файл"))).isVisible();

		page.navigate(url("/t/sasovo/roadmap"));
		assertThat(page.locator("#progress-done")).hasText(String.valueOf(doneBefore + 1));
		assertThat(page.locator("#roadmap tr[data-number='7']")).not().hasClass(java.util.regex.Pattern.compile(".*\\boverdue\\b.*"));
		assertThat(page.locator("#roadmap tr[data-number='7'] .status .badge").first()).hasText("Выполнено");
	}

	@Test
	void aFileOfAWrongTypeIsRefusedInRussian() {
		signIn("michurinsk");
		page.navigate(url("/t/michurinsk/roadmap"));
		page.locator("#roadmap tr[data-number='9']").getByRole(AriaRole.LINK).first().click();
		page.locator("details.complete summary").first().click();
		page.getByLabel("Вид документа").first().fill("приказ");
		page.getByLabel("Номер").first().fill("1");
		page.getByLabel("Дата").first().fill("2021-01-15");
		page.getByLabel("Название").first().fill("Приказ");
		page.locator("input[type=file][name=file]").first().setInputFiles(new FilePayload("program.exe",
				"application/octet-stream", new byte[] { 'M', 'Z', 0, 1 }));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выполнено").setExact(true)).first().click();
		assertThat(page.locator("#problem")).containsText("такой тип файлов не принимается");
		assertThat(page.locator("#item-status")).not().hasText("Выполнено");
	}
}
