package ru.nastavnik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application over real HTTP, as an API client would use it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationOverHttpTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> get(String path, String username) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void healthIsUpWithTheDatabase() throws Exception {
		var response = get("/actuator/health", "admin");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = json.readTree(response.body());
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void meNamesTheCoordinatorsTenant() throws Exception {
		var response = get("/api/me", "sasovo");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = json.readTree(response.body());
		assertThat(me.path("tenant").asString()).isEqualTo("sasovo");
		assertThat(me.path("role").asString()).isEqualTo("COORDINATOR");
	}

	@Test
	void anotherTenantsApiIsForbiddenAsProblemDetails() throws Exception {
		var response = get("/api/sosnovka/anything", "sasovo");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(json.readTree(response.body()).path("title").asString()).isEqualTo("Доступ запрещён");
	}

	@Test
	void theTambovMinistryListsExactlyItsMunicipalities() throws Exception {
		var response = get("/api/tenants", "minobr-tambov");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).valueStream().map(t -> t.path("slug").asString()).toList())
			.containsExactlyInAnyOrder("sosnovka", "michurinsk");
	}

	@Test
	void anonymousApiCallsGet401WithABasicChallenge() throws Exception {
		var response = get("/api/me", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
	}

	@Test
	void openApiAndSwaggerUiAreServed() throws Exception {
		var docs = get("/v3/api-docs", null);
		assertThat(docs.statusCode()).isEqualTo(200);
		var paths = json.readTree(docs.body()).path("paths");
		assertThat(paths.has("/api/me")).isTrue();
		// the public feeds are described, the public HTML pages are not
		assertThat(paths.has("/public/{tenant}/roadmap/calendar/{token}.ics")).isTrue();
		assertThat(paths.has("/public/{tenant}/feed.atom")).isTrue();
		assertThat(paths.has("/public/{tenant}")).isFalse();
		assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		var login = get("/login", null);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("Вход", "Имя пользователя", "_csrf");
		assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void repeatedFailedSignInsAreThrottled() throws Exception {
		for (int i = 0; i < 5; i++) {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("michurinsk:wrong".getBytes()))
				.build();
			assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
		}
		// now even the right password is refused for a while
		var locked = get("/api/me", "michurinsk");
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(locked.body()).contains("Слишком много неудачных попыток");
	}
}
