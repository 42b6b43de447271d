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

	@Test
	void theBySchoolTableAndTheChartUseShortLabelsWithTheFullNamesOnHoverAndInTheLegend() {
		signIn("sasovo");
		inEachWindow(window -> {
			page.navigate(url("/t/sasovo/monitoring"));
			org.assertj.core.api.Assertions.assertThat(fitsTheWindow()).as(window[0] + " px").isTrue();
			// every indicator column: a short label, its full name as the tooltip and in the legend under the table
			var headers = page.locator("#schools thead th[data-code] abbr");
			org.assertj.core.api.Assertions.assertThat(headers.count()).isGreaterThanOrEqualTo(5);
			var shortLabels = new java.util.HashSet<String>();
			for (int i = 0; i < headers.count(); i++) {
				String shown = headers.nth(i).innerText().strip();
				String full = headers.nth(i).getAttribute("title");
				org.assertj.core.api.Assertions.assertThat(shown).hasSizeLessThanOrEqualTo(32);
				org.assertj.core.api.Assertions.assertThat(full).hasSizeGreaterThan(shown.length());
				assertThat(page.locator("#indicator-legend")).containsText(full);
				shortLabels.add(shown);
			}
			org.assertj.core.api.Assertions.assertThat(shortLabels).as("distinct short labels").hasSize(headers.count());
			if (window[0] == 1366) {
				// the table fits its column on a laptop: no inner scrolling
				org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
						"() => { const w = document.querySelector('#schools').parentElement; return w.scrollWidth <= w.clientWidth; }"))
					.isTrue();
			}
			// the chart: distinct short labels on its axis, the full name in the tooltip
			assertThat(page.locator("#indicators-chart")).hasAttribute("data-rendered", "true");
			@SuppressWarnings("unchecked")
			var labels = (java.util.List<String>) page.evaluate("() => document.querySelector('#indicators-chart').chart.data.labels");
			org.assertj.core.api.Assertions.assertThat(labels).doesNotHaveDuplicates().allMatch(l -> l.length() <= 32);
			String tooltip = (String) page.evaluate("() => { const c = document.querySelector('#indicators-chart').chart;"
					+ " return c.options.plugins.tooltip.callbacks.title([{ dataIndex: 0 }]); }");
			assertThat(page.locator("#indicators tbody tr").first().locator("td").first()).hasText(tooltip);
		});
	}

	@Test
	void aQuestionnaireIsFilledInForAProgrammeChosenFromAListAndAnErrorSaysItOnce() {
		signIn("sasovo");
		inEachWindow(window -> {
			page.navigate(url("/t/sasovo/monitoring/questionnaires"));
			var form = page.locator("form[action$='/questionnaires/1']");
			var programme = form.getByLabel("Программа наставничества");
			org.assertj.core.api.Assertions.assertThat(programme.evaluate("e => e.tagName")).isEqualTo("SELECT");
			// the demo programme by its name, not an identifier typed by hand
			// (opened for whichever of Sasovo's schools pairing's listeners take first at start-up — usually the Кустарёвская,
			// sometimes the Берестянская school: the listeners of the schools' announcements run at once)
			var demo = programme.locator("option", new com.microsoft.playwright.Locator.LocatorOptions()
				.setHasText("Программа наставничества МБОУ"));
			org.assertj.core.api.Assertions.assertThat(demo.count()).isGreaterThanOrEqualTo(1);
			String label = demo.first().innerText();
			org.assertj.core.api.Assertions.assertThat(label).startsWith("Программа наставничества").doesNotContainPattern(
					"[0-9a-f]{8}-[0-9a-f]{4}");

			// sent without a choice and answers: the problem once, each fault once
			programme.evaluate("e => e.removeAttribute('required')");
			form.locator("input[type=number]").evaluateAll("es => es.forEach(e => e.removeAttribute('required'))");
			form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Принять анкету")).click();
			var error = page.locator("main .error");
			assertThat(error).containsText("Выберите программу наставничества");
			String text = error.innerText();
			org.assertj.core.api.Assertions.assertThat(text.indexOf("Анкета не принята"))
				.isEqualTo(text.lastIndexOf("Анкета не принята"));
			org.assertj.core.api.Assertions.assertThat(text.indexOf("Выберите программу"))
				.isEqualTo(text.lastIndexOf("Выберите программу"));
			org.assertj.core.api.Assertions.assertThat(fitsTheWindow()).isTrue();

			// chosen and answered: accepted
			form = page.locator("form[action$='/questionnaires/1']");
			form.getByLabel("Программа наставничества").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(label));
			form.getByLabel("Роль отвечающего").selectOption("MENTEE");
			var answers = form.locator("input[type=number]");
			for (int i = 0; i < answers.count(); i++) {
				answers.nth(i).fill(answers.nth(i).getAttribute("max").equals("1") ? "1" : "8");
			}
			form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Принять анкету")).click();
			assertThat(page.locator(".notice")).containsText("Анкета принята");
		});
	}
}
