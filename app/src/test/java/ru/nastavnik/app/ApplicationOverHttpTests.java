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

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@org.springframework.beans.factory.annotation.Autowired
	ru.nastavnik.platform.security.ApiTokenAudit audit;

	HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
	}

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

	@Test
	void aPersonalApiTokenSignsInAsItsOwnerWithTheOwnersScopeAndIsAudited() throws Exception {
		var created = send("POST", "/api/me/tokens", basic("dagestanskie-ogni"), "{\"name\":\"Выгрузка в BI\",\"validDays\":30}");
		assertThat(created.statusCode()).isEqualTo(201);
		String token = json.readTree(created.body()).path("token").asString();
		String id = json.readTree(created.body()).path("view").path("id").asString();
		assertThat(token).startsWith("nst_").hasSize(47);

		var me = send("GET", "/api/me", "Bearer " + token, null);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(json.readTree(me.body()).path("tenant").asString()).isEqualTo("dagestanskie-ogni");
		assertThat(me.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
		// the owner's scope and nothing more: another tenant's API is refused, and a token cannot issue tokens
		assertThat(send("GET", "/api/sasovo/registry/organizations", "Bearer " + token, null).statusCode()).isEqualTo(403);
		var issue = send("POST", "/api/me/tokens", "Bearer " + token, "{\"name\":\"ещё\",\"validDays\":30}");
		assertThat(issue.statusCode()).isEqualTo(403);
		assertThat(json.readTree(issue.body()).path("detail").asString()).contains("По API-токену нельзя выпустить новый токен");

		// only the SHA-256 is stored; the listing never shows the token
		byte[] stored = jdbc.queryForObject("select token_hash from platform.api_token where id = ?::uuid", byte[].class, id);
		assertThat(stored).isEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		var list = send("GET", "/api/me/tokens", basic("dagestanskie-ogni"), null);
		assertThat(list.body()).doesNotContain(token).contains("Выгрузка в BI", token.substring(0, 10));

		// every use is in the audit log, and the last use shows in the listing
		audit.flush();
		var uses = json.readTree(send("GET", "/api/me/tokens/uses?tokenId=" + id, basic("dagestanskie-ogni"), null).body());
		assertThat(uses.valueStream().map(u -> u.path("method").asString() + " " + u.path("path").asString() + " "
				+ u.path("status").asInt()).toList())
			.contains("GET /api/me 200", "GET /api/sasovo/registry/organizations 403", "POST /api/me/tokens 403");
		assertThat(json.readTree(send("GET", "/api/me/tokens", basic("dagestanskie-ogni"), null).body()).get(0)
			.path("lastUsedAt").isNull()).isFalse();

		// revoked: refused at once, with the reason
		assertThat(send("DELETE", "/api/me/tokens/" + id, basic("dagestanskie-ogni"), null).statusCode()).isEqualTo(200);
		var revoked = send("GET", "/api/me", "Bearer " + token, null);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
		assertThat(json.readTree(revoked.body()).path("detail").asString()).isEqualTo("Токен отозван");
	}

	@Test
	void aParticipantsTokenKeepsTheBindingToTheirOwnParticipant() throws Exception {
		var created = send("POST", "/api/me/tokens", basic("sasovo-mentor"), "{\"name\":\"Мой телефон\",\"validDays\":7}");
		assertThat(created.statusCode()).isEqualTo(201);
		String bearer = "Bearer " + json.readTree(created.body()).path("token").asString();
		var bySession = json.readTree(send("GET", "/api/sasovo/me", basic("sasovo-mentor"), null).body());
		var byToken = send("GET", "/api/sasovo/me", bearer, null);
		// the same participant as with the password, and nothing of the municipality's register
		assertThat(byToken.statusCode()).as(byToken.body()).isEqualTo(200);
		assertThat(json.readTree(byToken.body()).path("id").asString()).isEqualTo(bySession.path("id").asString()).isNotBlank();
		assertThat(send("GET", "/api/sasovo/registry/participants", bearer, null).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/sosnovka/me", bearer, null).statusCode()).isEqualTo(403);
	}

	@Test
	void anExpiredOrUnknownTokenIsRefusedWithTheReason() throws Exception {
		var created = json.readTree(send("POST", "/api/me/tokens", basic("minobr-dagestan"),
				"{\"name\":\"Сводка\",\"validDays\":1}").body());
		jdbc.update("update platform.api_token set expires_at = now() - interval '1 minute' where id = ?::uuid",
				created.path("view").path("id").asString());
		var expired = send("GET", "/api/me", "Bearer " + created.path("token").asString(), null);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(json.readTree(expired.body()).path("detail").asString()).startsWith("Срок действия токена истёк");
		var unknown = send("GET", "/api/me", "Bearer nst_" + "A".repeat(43), null);
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(json.readTree(unknown.body()).path("title").asString()).isEqualTo("Недействительный API-токен");
	}

	@Test
	void aTokenRequestWithBadFieldsIsRefusedByFieldInRussian() throws Exception {
		var bad = send("POST", "/api/me/tokens", basic("dagestanskie-ogni"), "{\"name\":\" \",\"validDays\":400}");
		assertThat(bad.statusCode()).isEqualTo(422);
		var errors = json.readTree(bad.body()).path("errors");
		assertThat(errors.valueStream().map(e -> e.path("field").asString()).toList()).containsExactly("name", "validDays");
		assertThat(errors.get(1).path("message").asString()).isEqualTo("Срок действия — от 1 до 365 дней, указано 400");
	}

	@Test
	void openApiSteersClientsToTokensAndKeepsBasic() throws Exception {
		var docs = json.readTree(get("/v3/api-docs", null).body());
		assertThat(docs.path("components").path("securitySchemes").path("token").path("scheme").asString()).isEqualTo("bearer");
		assertThat(docs.path("components").path("securitySchemes").path("basic").path("scheme").asString()).isEqualTo("basic");
		assertThat(docs.path("security").get(0).has("token")).isTrue();
		assertThat(docs.path("info").path("description").asString()).contains("API-токен");
		assertThat(docs.path("paths").has("/api/me/tokens")).isTrue();
	}
}
