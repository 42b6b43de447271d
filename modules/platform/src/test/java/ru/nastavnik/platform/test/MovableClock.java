package ru.nastavnik.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand (UTC): time-dependent behaviour tested without waiting. */
public class MovableClock extends Clock {

	private volatile Instant now = Instant.parse("2026-01-10T10:00:00Z");

	public void advance(Duration by) {
		now = now.plus(by);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}
}
