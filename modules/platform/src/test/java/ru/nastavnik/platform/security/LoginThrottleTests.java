package ru.nastavnik.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

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

	LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(5), clock);

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
}
