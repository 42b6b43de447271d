package ru.nastavnik.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in throttle against its real table in PostgreSQL (ADR 0012); two throttles on the same database stand for
 * two instances of the application.
 */
@SpringBootTest
class LoginThrottleTests {

	static class MovableClock extends Clock {

		Instant now = Instant.parse("2026-01-10T10:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	MovableClock clock = new MovableClock();

	@Autowired
	JdbcClient jdbc;

	LoginThrottle throttle;

	/** The same throttle as another instance of the application would have. */
	LoginThrottle otherInstance;

	@BeforeEach
	void throttles() {
		jdbc.sql("delete from platform.login_attempt").update();
		throttle = new LoginThrottle(jdbc, 3, Duration.ofMinutes(15), Duration.ofMinutes(5), clock);
		otherInstance = new LoginThrottle(jdbc, 3, Duration.ofMinutes(15), Duration.ofMinutes(5), clock);
	}

	@Test
	void locksAfterRepeatedFailuresForThatNameOnly() {
		throttle.failed("Sasovo");
		throttle.failed("sasovo");
		assertThat(throttle.lockedFor("sasovo")).isEmpty();
		throttle.failed("sasovo ");
		assertThat(throttle.lockedFor("SASOVO")).contains(Duration.ofMinutes(5));
		assertThat(throttle.lockedFor("sosnovka")).isEmpty();
	}

	@Test
	void theLockExpires() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("sasovo");
		}
		clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(1);
		assertThat(throttle.lockedFor("sasovo")).isEmpty();
		throttle.failed("sasovo");
		assertThat(throttle.lockedFor("sasovo")).isEmpty();
	}

	@Test
	void failuresOutsideTheWindowDoNotAddUp() {
		throttle.failed("sasovo");
		throttle.failed("sasovo");
		clock.now = clock.now.plus(Duration.ofMinutes(16));
		throttle.failed("sasovo");
		assertThat(throttle.lockedFor("sasovo")).isEmpty();
	}

	@Test
	void successClearsTheCount() {
		throttle.failed("sasovo");
		throttle.failed("sasovo");
		throttle.succeeded("sasovo");
		throttle.failed("sasovo");
		assertThat(throttle.lockedFor("sasovo")).isEmpty();
	}

	@Test
	void failuresAtDifferentInstancesAddUpToOneLock() {
		throttle.failed("sasovo");
		otherInstance.failed("sasovo");
		assertThat(throttle.lockedFor("sasovo")).isEmpty();
		otherInstance.failed("Sasovo");
		assertThat(throttle.lockedFor("sasovo")).contains(Duration.ofMinutes(5));
		assertThat(otherInstance.lockedFor("sasovo")).contains(Duration.ofMinutes(5));
	}

	@Test
	void concurrentFailuresAreAllCounted() throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			var tasks = java.util.stream.IntStream.range(0, 40)
				.mapToObj(i -> (java.util.concurrent.Callable<Void>) () -> {
					(i % 2 == 0 ? throttle : otherInstance).failed("race");
					return null;
				})
				.toList();
			for (var f : pool.invokeAll(tasks)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		// 40 failures inside one window: counted one by one, the third locked the name; later ones re-lock it
		assertThat(jdbc.sql("select failures from platform.login_attempt where username_key = 'race'").query(Integer.class)
			.single()).isEqualTo(40);
		assertThat(throttle.lockedFor("race")).isPresent();
	}

	@Test
	void staleCountsAreForgotten() {
		throttle.failed("old");
		throttle.failed("recent");
		for (int i = 0; i < 3; i++) {
			throttle.failed("locked");
		}
		clock.now = clock.now.plus(Duration.ofMinutes(16));
		throttle.failed("recent");
		assertThat(throttle.forgetStale()).isEqualTo(2);
		assertThat(jdbc.sql("select username_key from platform.login_attempt").query(String.class).list())
			.containsExactly("recent");
	}
}
