package ru.nastavnik.platform;

/** What the business modules may know of a tenant. */
public record TenantSummary(TenantId id, String slug, String name, String regionCode, String regionName,
		String authority) {
}
