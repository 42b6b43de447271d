package ru.nastavnik.app.instances;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running instance of the whole application on its own port, for tests that need several of them on one database
 * (started with {@link SpringApplicationBuilder}, as {@code java -jar} would, plus test-only sources), and an HTTP
 * client that speaks to it as an API client does.
 */
public final class AppInstance implements AutoCloseable {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConfigurableApplicationContext context;

	private final String name;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private AppInstance(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
	}

	/** The first instance: it starts (or reuses) the embedded PostgreSQL and gets a fresh database with demo data. */
	public static AppInstance first(String name, List<Class<?>> extraSources, Map<String, Object> properties) {
		return start(name, extraSources, properties);
	}

	/** Another instance on the database of {@code first}: as in production, it is given the server's coordinates. */
	public static AppInstance on(AppInstance first, String name, List<Class<?>> extraSources,
			Map<String, Object> properties) {
		DatabaseCoordinates db = first.bean(DatabaseCoordinates.class);
		var all = new java.util.LinkedHashMap<String, Object>(properties);
		all.put("spring.datasource.url", db.url());
		all.put("spring.datasource.username", db.appUsername());
		all.put("spring.datasource.password", db.appPassword());
		all.put("nastavnik.db.owner-username", db.ownerUsername());
		all.put("nastavnik.db.owner-password", db.ownerPassword());
		return start(name, extraSources, all);
	}

	private static AppInstance start(String name, List<Class<?>> extraSources, Map<String, Object> properties) {
		var sources = new ArrayList<Class<?>>();
		sources.add(NastavnikApplication.class);
		sources.addAll(extraSources);
		var all = new java.util.LinkedHashMap<String, Object>(properties);
		all.putIfAbsent("server.port", "0");
		all.put("spring.application.name", "nastavnik-" + name);
		// as command-line arguments: above application.properties, as an operator's environment would be
		String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		var context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(args);
		return new AppInstance(name, context);
	}

	public String name() {
		return name;
	}

	public int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Publishes an event in this instance (inside the caller's transaction, as a use case does). */
	public void publish(Object event) {
		context.publishEvent(event);
	}

	public JdbcTemplate jdbc() {
		return bean(JdbcTemplate.class);
	}

	public boolean running() {
		return context.isActive();
	}

	/** Publications not yet completed by a listener (any instance's). */
	public int incompletePublications() {
		Integer count = jdbc().queryForObject(
				"select count(*) from platform.event_publication where completion_date is null", Integer.class);
		return count == null ? 0 : count;
	}

	/** Waits until every listener of every instance has completed what has been published so far. */
	public void awaitQuiet() {
		Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
			.until(() -> incompletePublications() == 0);
	}

	// --- HTTP

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	public HttpResponse<String> get(String path, String authorization) {
		return send(request(path, authorization).GET());
	}

	public HttpResponse<String> post(String path, String authorization, String json) {
		return send(request(path, authorization).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
	}

	public HttpResponse<String> put(String path, String authorization, String json) {
		return send(request(path, authorization).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> delete(String path, String authorization) {
		return send(request(path, authorization).DELETE());
	}

	private HttpRequest.Builder request(String path, String authorization) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
			.timeout(Duration.ofSeconds(60));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** Creates a personal API token for a demo account (password {@code demo}) and returns it. */
	public String token(String username) {
		var response = post("/api/me/tokens", basic(username, "demo"), "{\"name\":\"тест " + name + "\",\"validDays\":30}");
		if (response.statusCode() != 201) {
			throw new IllegalStateException("token for " + username + ": " + response.statusCode() + " " + response.body());
		}
		return json(response).path("token").asString();
	}

	/** Stops the instance (its executor's queued and running listener tasks are dropped, as when a process dies). */
	@Override
	public void close() {
		if (context.isActive()) {
			context.close();
		}
	}
}
