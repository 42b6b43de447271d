package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signing in, each role's home page, and a refused cross-tenant page — in a real Chromium. */
class ShellBrowserTest extends BrowserTestSupport {

	@Test
	void aCoordinatorSignsInAndLandsOnTheMunicipalityHome() {
		signIn("sasovo");
		assertThat(page).hasURL(url("/t/sasovo"));
		assertThat(page.locator("h1")).hasText("Сасовский муниципальный район");
		assertThat(page.locator(".topbar .user")).containsText("Муниципальный координатор");
		assertThat(page.locator("html")).hasAttribute("lang", "ru");
	}

	@Test
	void aMinistryViewerSignsInAndSeesTheRegionsMunicipalities() {
		signIn("minobr-tambov");
		assertThat(page).hasURL(url("/r/tambov"));
		assertThat(page.locator("h1")).hasText("Тамбовская область");
		assertThat(page.locator("#municipalities")).containsText("Сосновский район");
		assertThat(page.locator("#municipalities")).containsText("город Мичуринск");
		assertThat(page.locator("#municipalities")).not().containsText("Сасовский");
	}

	@Test
	void anotherMunicipalitysPageIsRefused() {
		signIn("sasovo");
		var response = page.navigate(url("/t/sosnovka"));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Доступ запрещён");
	}

	@Test
	void aWrongPasswordIsExplainedInRussian() {
		signIn("sosnovka", "not-the-password");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error"));
		assertThat(page.locator(".error")).containsText("Неверное имя пользователя или пароль");
	}

	@Test
	void theAdministratorOnboardsAMunicipalityAndADuplicateIsExplained() {
		signIn("admin");
		assertThat(page).hasURL(url("/admin/tenants"));
		page.getByLabel("Код (латиницей, войдёт в адреса страниц)").fill("sasovo");
		page.getByLabel("Наименование").fill("Повтор");
		page.getByLabel("Регион").selectOption("ryazan");
		page.getByLabel("Орган управления образованием").fill("УО");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Подключить")).click();
		assertThat(page.locator(".field-error").first()).containsText("Муниципалитет с кодом «sasovo» уже существует");

		page.getByLabel("Код (латиницей, войдёт в адреса страниц)").fill("skopin");
		page.getByLabel("Наименование").fill("Скопинский район");
		page.getByLabel("Регион").selectOption("ryazan");
		page.getByLabel("Орган управления образованием").fill("Управление образования Скопинского района");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Подключить")).click();
		assertThat(page.locator(".notice")).containsText("Скопинский район");
		assertThat(page.locator("#tenants")).containsText("skopin");
	}
}
