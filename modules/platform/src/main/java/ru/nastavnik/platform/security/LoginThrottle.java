package ru.nastavnik.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one user name within the window, further
 * attempts for that name are refused (without checking the password) until the lock expires. Kept in memory per
 * instance: with several instances an attacker gets at most {@code maxFailures} tries per instance per window.
 */
public class LoginThrottle {

	private final int maxFailures;

	private final Duration window;

	private final Duration lock;

	private final Clock clock;

	private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

	private record Attempts(int failures, Instant firstFailure, Instant lockedUntil) {
	}

	public LoginThrottle(int maxFailures, Duration window, Duration lock, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.lock = lock;
		this.clock = clock;
	}

	/** How long the name is still locked, if it is. */
	public Optional<Duration> lockedFor(String username) {
		Attempts a = attempts.get(key(username));
		Instant now = clock.instant();
		if (a == null || a.lockedUntil() == null || !a.lockedUntil().isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, a.lockedUntil()));
	}

	public void failed(String username) {
		Instant now = clock.instant();
		attempts.compute(key(username), (k, a) -> {
			if (a == null || a.firstFailure().plus(window).isBefore(now)
					|| (a.lockedUntil() != null && !a.lockedUntil().isAfter(now))) {
				a = new Attempts(0, now, null);
			}
			int failures = a.failures() + 1;
			return new Attempts(failures, a.firstFailure(), failures >= maxFailures ? now.plus(lock) : null);
		});
	}

	public void succeeded(String username) {
		attempts.remove(key(username));
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}
}
