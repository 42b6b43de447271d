package ru.nastavnik.app.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's REST API over real HTTP with HTTP Basic, as an API client uses it: how browser tests put the
 * application into the state a page needs (a proposal, an order, a report) without clicking through other pages.
 */
final class ApiCalls {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	ApiCalls(int port, String username, String password) {
		this.base = "http://localhost:" + port;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	JsonNode get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
	}

	JsonNode post(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).POST(body(body)), path);
	}

	JsonNode put(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(body(body)), path);
	}

	private HttpRequest.BodyPublisher body(Object body) {
		return body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
	}

	private JsonNode send(HttpRequest.Builder request, String path) {
		try {
			var response = http.send(request.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(path + " -> " + response.statusCode() + ": " + response.body());
			}
			return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
