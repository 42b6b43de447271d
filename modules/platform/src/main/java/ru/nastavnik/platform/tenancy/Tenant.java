package ru.nastavnik.platform.tenancy;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A municipality on the instance. Platform-level: not itself tenant data, so not under row-level security. */
@Table(schema = "platform", name = "tenant")
public record Tenant(@Id UUID id, String slug, String name, String regionCode, String authority, Instant createdAt,
		@Version Integer version) {

	static Tenant create(String slug, String name, String regionCode, String authority) {
		return new Tenant(UUID.randomUUID(), slug, name, regionCode, authority, Instant.now(), null);
	}
}
