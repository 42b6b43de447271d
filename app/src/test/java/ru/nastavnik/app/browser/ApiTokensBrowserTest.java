package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** «API-токены»: a coordinator issues a token (shown once), sees it listed, and revokes it — in a real Chromium. */
class ApiTokensBrowserTest extends BrowserTestSupport {

	@Test
	void aCoordinatorIssuesATokenSeesItOnceAndRevokesIt() {
		signIn("michurinsk");
		page.locator(".sidenav").getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("API-токены").setExact(true)).click();
		assertThat(page).hasURL(url("/account/tokens"));
		assertThat(page.locator("h1")).hasText("API-токены");

		page.getByLabel("Название (для чего токен)").fill("Выгрузка в BI");
		page.getByLabel("Срок действия, дней (1–365)").fill("30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выпустить токен")).click();
		assertThat(page.locator(".notice")).containsText("Токен «Выгрузка в BI» выпущен");
		assertThat(page.locator("#created-token")).containsText("Скопируйте токен сейчас");
		String token = page.locator("#token-value").textContent();
		org.assertj.core.api.Assertions.assertThat(token).startsWith("nst_").hasSize(47);
		var row = page.locator("#tokens tbody tr", new Page.LocatorOptions().setHasText("Выгрузка в BI"));
		assertThat(row).containsText("действует");
		assertThat(row).containsText("не использовался");
		assertThat(row).containsText(token.substring(0, 10));

		// shown once: after a reload only its beginning is on the page
		page.reload();
		assertThat(page.locator("#created-token")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(token);

		row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Отозвать")).click();
		assertThat(page.locator(".notice")).containsText("Токен «Выгрузка в BI» отозван");
		assertThat(page.locator("#tokens tbody tr", new Page.LocatorOptions().setHasText("Выгрузка в BI")))
			.containsText("отозван");
	}
}
