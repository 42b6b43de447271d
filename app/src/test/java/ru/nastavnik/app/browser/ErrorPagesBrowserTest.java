package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.tenancy.TenancyService;

/**
 * The error pages a signed-in person can meet, at a laptop's and a phone's width: a refused action (403) and a missing
 * record (404) in the shell with a proper Russian heading and title (no template code), an unknown address inside the
 * signed-in area as the Russian 404 page (not JSON) while the API keeps Russian problem details, and the favicon.
 */
class ErrorPagesBrowserTest extends BrowserTestSupport {

	@Autowired
	TenancyService tenancy;

	@Autowired
	TenantDirectory tenants;

	@Test
	void aRefusedActionAndAMissingRecordHaveARussianHeadingAndTitle() {
		String curator = "curator-errors-" + UUID.randomUUID().toString().substring(0, 8);
		tenancy.createAccount(new TenancyService.NewAccount(curator, "curator-errors-password", "Куратор ОО (ошибки)",
				Role.SCHOOL_CURATOR, tenants.bySlug("sasovo").orElseThrow().id(), null, UUID.randomUUID()));
		signIn(curator, "curator-errors-password");
		inEachWindow(window -> {
			// the reports are the coordinator's
			var refused = page.navigate(url("/t/sasovo/monitoring/reports"));
			org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
			assertThat(page).hasTitle("Доступ запрещён — Наставник");
			assertThat(page.locator("h1")).hasText("Доступ запрещён");
			assertThat(page.locator("main .lead")).hasText("Это действие доступно только муниципальному координатору");
			assertThat(page.locator("body")).not().containsText("th:");
			org.assertj.core.api.Assertions.assertThat(fitsTheWindow()).as(window[0] + " px").isTrue();

			var missing = page.navigate(url("/t/sasovo/pairing/programmes/" + UUID.randomUUID()));
			org.assertj.core.api.Assertions.assertThat(missing.status()).isEqualTo(404);
			assertThat(page).hasTitle("Не найдено — Наставник");
			assertThat(page.locator("h1")).hasText("Не найдено");
			assertThat(page.locator(".sidenav")).isVisible(); // the shell: the person can go on from here
		});
	}

	@Test
	void anUnknownAddressInsideTheSignedInAreaIsTheRussian404PageAndTheApiKeepsProblemDetails() throws Exception {
		signIn("sasovo");
		inEachWindow(window -> {
			for (String address : new String[] { "/t/sasovo/no-such-page", "/t/sasovo/pairing/programmes/not-an-id",
					"/r/ryazan/no-such-page" }) {
				var response = page.navigate(url(address));
				int expected = address.startsWith("/r/") ? 403 : 404; // the ministry's area is refused to a coordinator first
				org.assertj.core.api.Assertions.assertThat(response.status()).as(address).isEqualTo(expected);
				org.assertj.core.api.Assertions.assertThat(response.headerValue("content-type")).as(address).startsWith("text/html");
				assertThat(page.locator("html")).hasAttribute("lang", "ru");
				assertThat(page.locator("h1")).hasText(expected == 404 ? "Страница не найдена" : "Доступ запрещён");
				org.assertj.core.api.Assertions.assertThat(fitsTheWindow()).as(address + " at " + window[0] + " px").isTrue();
			}
			// an action's address opened as a page: explained, not JSON
			var method = page.navigate(url("/t/sasovo/pairing/programmes/" + UUID.randomUUID() + "/close"));
			org.assertj.core.api.Assertions.assertThat(method.status()).isEqualTo(405);
			assertThat(page.locator(".lead")).containsText("выполняется кнопкой на странице");
		});

		var api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/sasovo/no-such-resource")))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sasovo:demo".getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		org.assertj.core.api.Assertions.assertThat(api.statusCode()).isEqualTo(404);
		org.assertj.core.api.Assertions.assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> org.assertj.core.api.Assertions.assertThat(type).startsWith("application/problem+json"));
		org.assertj.core.api.Assertions.assertThat(api.body()).contains("\"title\":\"Не найдено\"")
			.contains("/api/sasovo/no-such-resource");
	}

	@Test
	void everyKindOfPageNamesTheFaviconAndItIsServedWithoutSignIn() throws Exception {
		for (String address : new String[] { "/login", "/public/sasovo", "/public/sasovo/no-such-page" }) {
			page.navigate(url(address));
			assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "/favicon.svg");
		}
		signIn("sasovo");
		assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "/favicon.svg");
		var http = HttpClient.newHttpClient();
		for (String[] icon : new String[][] { { "/favicon.svg", "image/svg+xml" }, { "/favicon.ico", "image/" } }) {
			var response = http.send(HttpRequest.newBuilder(URI.create(url(icon[0]))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(icon[0]).isEqualTo(200);
			org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type").orElse(""))
				.as(icon[0]).startsWith(icon[1]);
			org.assertj.core.api.Assertions.assertThat(response.body().length).as(icon[0]).isGreaterThan(100);
		}
	}
}
