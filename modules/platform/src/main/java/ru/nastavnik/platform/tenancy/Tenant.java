package ru.nastavnik.platform.tenancy;

import java.time.Instant;
import java.util.UUID;

/** A municipality on the instance. Platform-level: not itself tenant data, so not under row-level security. */
public record Tenant(UUID id, String slug, String name, String regionCode, String authority, Instant createdAt) {

	static Tenant create(String slug, String name, String regionCode, String authority) {
		return new Tenant(UUID.randomUUID(), slug, name, regionCode, authority, Instant.now());
	}
}
