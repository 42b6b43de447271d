package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Monitoring in a real Chromium: a coordinator opens the indicators, takes a snapshot, generates a report, edits its
 * conclusions and approves it; the ministry viewer opens the regional summary with its charts.
 */
class MonitoringBrowserTest extends BrowserTestSupport {

	@Test
	void aCoordinatorOpensIndicatorsTakesASnapshotGeneratesAndApprovesAReport() {
		signIn("sosnovka");
		page.navigate(url("/t/sosnovka/monitoring?date=2024-12-31"));
		assertThat(page.locator("h1")).hasText("Мониторинг: целевые показатели");
		var involved = page.locator("#indicators tr[data-code='pupils-involved']");
		assertThat(involved).containsText("Доля обучающихся, вовлечённых в различные формы наставничества");
		// Sosnovka's target for 31.12.2024 is 70 %
		assertThat(involved).containsText("70,0\u00a0%");
		assertThat(page.locator("#indicators-chart")).hasAttribute("data-rendered", "true");

		page.getByLabel("Отчётная дата").fill("2024-12-31");
		page.getByLabel("Название среза").fill("Срез на 31.12.2024 (браузер)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зафиксировать срез")).click();
		assertThat(page).hasURL(Pattern.compile(".*/t/sosnovka/monitoring/snapshots/[0-9a-f-]{36}"));
		assertThat(page.locator("h1")).hasText("Срез на 31.12.2024 (браузер)");
		assertThat(page.locator("#snapshot-values")).containsText("Доля обучающихся, вовлечённых в различные формы наставничества");

		page.navigate(url("/t/sosnovka/monitoring/reports"));
		page.getByLabel("Дата, на которую составляется справка").fill("2024-12-31");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Составить справку")).click();
		assertThat(page).hasURL(Pattern.compile(".*/t/sosnovka/monitoring/reports/[0-9a-f-]{36}"));
		assertThat(page.locator("#report-status")).hasText("черновик");
		assertThat(page.locator("#report-indicators")).containsText("Доля обучающихся, вовлечённых в различные формы наставничества");
		assertThat(page.locator("#findings")).containsText("Помощь молодым учителям в процессе их профессионального становления");

		page.getByLabel("Текст выводов и рекомендаций").fill("1. Продолжить вовлечение обучающихся в наставничество.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить выводы")).click();
		assertThat(page.locator(".notice")).containsText("Выводы сохранены");

		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Утвердить справку")).click();
		assertThat(page.locator("#report-status")).containsText("утверждена");
		assertThat(page.locator("#conclusions-text")).containsText("Продолжить вовлечение обучающихся в наставничество");
		assertThat(page.locator("#download-docx")).isVisible();
	}

	@Test
	void theMinistryViewerOpensTheRegionalSummary() {
		signIn("minobr-tambov");
		page.navigate(url("/r/tambov/summary?date=2024-12-31"));
		assertThat(page.locator("h1")).containsText("Тамбовская область");
		assertThat(page.locator("#summary")).containsText("Сосновский район");
		assertThat(page.locator("#summary")).containsText("город Мичуринск");
		assertThat(page.locator("main")).not().containsText("Сасовский");
		assertThat(page.locator("#summary-chart")).hasAttribute("data-rendered", "true");
		assertThat(page.locator("#summary-xlsx")).hasAttribute("href",
				Pattern.compile(".*/api/regions/tambov/summary/xlsx\\?date=2024-12-31"));
	}
}
