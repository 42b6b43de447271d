package ru.nastavnik.platform;

/**
 * A municipality was onboarded. Modules set up what a new tenant needs (e.g. roadmap loads its bundled template).
 *
 * @param demo whether the instance runs with demo data (the embedded default)
 */
public record TenantCreated(TenantId tenantId, String slug, String name, String regionCode, String authority,
		boolean demo) implements TenantScopedEvent {
}
