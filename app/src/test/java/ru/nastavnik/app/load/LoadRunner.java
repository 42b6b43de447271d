package ru.nastavnik.app.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed-model load generator on the JDK's asynchronous {@link HttpClient}: each virtual user sends its next request
 * when its previous one has answered, until the phase's time is up; responses are handled by a bounded pool of worker
 * threads. Latencies go into one HdrHistogram per request kind (microseconds). Every successful response is scanned for
 * the tenants' markers (a marker of another tenant is a cross-tenant row) and its UUIDs are kept per tenant, to be
 * looked up in the database after the run.
 */
final class LoadRunner implements AutoCloseable {

	private static final Pattern MARKER = Pattern.compile("(?iu)" + LoadTenant.MARKER_PREFIX + "([а-яё]{2})-");

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final ExecutorService workers = Executors.newFixedThreadPool(4);

	final HttpClient http = HttpClient.newBuilder().executor(workers).connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER).build();

	/** UUIDs seen in each tenant's responses. */
	final Map<UUID, Set<UUID>> idsSeen = new ConcurrentHashMap<>();

	/** Responses that showed another tenant's marker. */
	final List<String> foreignMarkers = Collections.synchronizedList(new ArrayList<>());

	final AtomicLong responsesChecked = new AtomicLong();

	private final String base;

	LoadRunner(int port) {
		this.base = "http://localhost:" + port;
	}

	// ------------------------------------------------------------------ who sends

	/** How a virtual user signs its requests. */
	interface Auth {

		HttpRequest.Builder sign(HttpRequest.Builder request, boolean write);

		String label();
	}

	static Auth token(String token) {
		return new Auth() {
			public HttpRequest.Builder sign(HttpRequest.Builder r, boolean write) {
				return r.header("Authorization", "Bearer " + token);
			}

			public String label() {
				return "token";
			}
		};
	}

	static Auth basic(String username, String password) {
		String value = "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Auth() {
			public HttpRequest.Builder sign(HttpRequest.Builder r, boolean write) {
				return r.header("Authorization", value);
			}

			public String label() {
				return "basic";
			}
		};
	}

	/** Signs in with the form as a browser does and returns the session (cookie and CSRF token for writes). */
	Auth session(String username, String password, String homePath) throws Exception {
		var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
		String cookie = cookie(login);
		String csrf = find(login.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		var signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + signedIn.statusCode());
		}
		String session = cookie(signedIn);
		var home = http.send(HttpRequest.newBuilder(URI.create(base + homePath)).header("Cookie", session).build(),
				HttpResponse.BodyHandlers.ofString());
		String pageCsrf = find(home.body(), "name=\"_csrf\" content=\"([^\"]+)\"");
		return new Auth() {
			public HttpRequest.Builder sign(HttpRequest.Builder r, boolean write) {
				r.header("Cookie", session);
				return write ? r.header("X-CSRF-TOKEN", pageCsrf) : r;
			}

			public String label() {
				return "session";
			}
		};
	}

	private static String cookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';'))).findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie"));
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("not found: " + regex);
		}
		return m.group(1);
	}

	// ------------------------------------------------------------------ what is sent

	/** A request about to be sent, and what to do with its answer (e.g. toggle a roadmap occurrence). */
	record Prepared(HttpRequest request, Set<Integer> expected, Runnable onSuccess, Runnable always) {
	}

	/** One kind of request; {@code write} kinds are the mix's writes. */
	record Kind(String name, boolean write, Function<User, Prepared> prepare) {
	}

	record Weighted(Kind kind, int weight) {
	}

	/** A virtual user: a tenant, a way to sign in, and a mix of kinds. */
	static final class User {

		final LoadTenant tenant;

		final Auth auth;

		final List<Weighted> mix;

		final Random random;

		final int totalWeight;

		User(LoadTenant tenant, Auth auth, List<Weighted> mix, long seed) {
			this.tenant = tenant;
			this.auth = auth;
			this.mix = mix;
			this.random = new Random(seed);
			this.totalWeight = mix.stream().mapToInt(Weighted::weight).sum();
		}

		Kind pick() {
			int r = random.nextInt(totalWeight);
			for (Weighted w : mix) {
				r -= w.weight();
				if (r < 0) {
					return w.kind();
				}
			}
			throw new IllegalStateException();
		}
	}

	HttpRequest.Builder get(User user, String path) {
		return user.auth.sign(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)), false);
	}

	HttpRequest.Builder post(User user, String path, String json) {
		return user.auth.sign(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), true);
	}

	// ------------------------------------------------------------------ running a phase

	/** What one phase measured. */
	static final class Result {

		final String phase;

		final Map<String, Histogram> latencies = new TreeMap<>();

		final Map<String, Boolean> writes = new TreeMap<>();

		final Map<String, AtomicLong> errorsByKind = new TreeMap<>();

		final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

		double seconds;

		int users;

		Result(String phase) {
			this.phase = phase;
		}

		long count() {
			return latencies.values().stream().mapToLong(Histogram::getTotalCount).sum();
		}

		long errors() {
			return errorsByKind.values().stream().mapToLong(AtomicLong::get).sum();
		}

		double throughput() {
			return count() / seconds;
		}

		/** All kinds of one sort (reads or writes) together. */
		Histogram combined(boolean write) {
			var all = new Histogram(3);
			latencies.forEach((kind, h) -> {
				if (writes.get(kind) == write) {
					all.add(h);
				}
			});
			return all;
		}
	}

	Result run(String phase, List<User> users, Duration length) throws InterruptedException {
		var result = new Result(phase);
		result.users = users.size();
		for (User u : users) {
			for (Weighted w : u.mix) {
				result.latencies.computeIfAbsent(w.kind().name(), k -> new ConcurrentHistogram(120_000_000L, 3));
				result.writes.put(w.kind().name(), w.kind().write());
				result.errorsByKind.computeIfAbsent(w.kind().name(), k -> new AtomicLong());
			}
		}
		var done = new CountDownLatch(users.size());
		long start = System.nanoTime();
		long deadline = start + length.toNanos();
		for (User u : users) {
			next(u, deadline, result, done);
		}
		if (!done.await(length.toSeconds() + 120, TimeUnit.SECONDS)) {
			throw new IllegalStateException("phase " + phase + " did not finish");
		}
		result.seconds = (System.nanoTime() - start) / 1e9;
		return result;
	}

	private void next(User user, long deadline, Result result, CountDownLatch done) {
		if (System.nanoTime() >= deadline) {
			done.countDown();
			return;
		}
		Kind kind = user.pick();
		Prepared prepared;
		try {
			prepared = kind.prepare().apply(user);
		}
		catch (RuntimeException e) {
			error(result, kind, "prepare: " + e);
			done.countDown();
			return;
		}
		long sent = System.nanoTime();
		http.sendAsync(prepared.request(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
			long micros = Math.max(1, (System.nanoTime() - sent) / 1000);
			try {
				result.latencies.get(kind.name()).recordValue(Math.min(micros, 120_000_000L));
				if (failure != null) {
					error(result, kind, failure.toString());
				}
				else if (!prepared.expected().contains(response.statusCode())) {
					error(result, kind, response.statusCode() + " " + response.request().uri().getPath() + " "
							+ abbreviate(response.body()));
				}
				else {
					if (prepared.onSuccess() != null) {
						prepared.onSuccess().run();
					}
					check(user.tenant, response.body());
				}
			}
			finally {
				if (prepared.always() != null) {
					prepared.always().run();
				}
			}
			next(user, deadline, result, done);
		});
	}

	private static void error(Result result, Kind kind, String message) {
		result.errorsByKind.get(kind.name()).incrementAndGet();
		if (result.errorSamples.size() < 20) {
			result.errorSamples.add(kind.name() + ": " + message);
		}
	}

	private static String abbreviate(String body) {
		return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
	}

	/** The response of a tenant's user shows only that tenant's markers; its ids are kept for the database check. */
	void check(LoadTenant tenant, String body) {
		responsesChecked.incrementAndGet();
		if (body == null || body.isEmpty()) {
			return;
		}
		Matcher marker = MARKER.matcher(body);
		while (marker.find()) {
			String seen = LoadTenant.MARKER_PREFIX + marker.group(1).toLowerCase(java.util.Locale.ROOT);
			if (!seen.equalsIgnoreCase(tenant.marker) && foreignMarkers.size() < 100) {
				foreignMarkers.add(tenant.slug + " saw " + seen);
			}
		}
		Set<UUID> ids = idsSeen.computeIfAbsent(tenant.id, k -> ConcurrentHashMap.newKeySet());
		Matcher id = ID.matcher(body);
		while (id.find()) {
			ids.add(UUID.fromString(id.group()));
		}
	}

	@Override
	public void close() {
		workers.shutdownNow();
	}
}
