/**
 * Дорожная карта: the municipality's roadmap (дорожная карта): per-tenant templates, adopted roadmaps, occurrences and their evidence.
 * <p>
 * This package is the module's API: the domain events it publishes. Everything below it is internal; other modules
 * learn about this one only through those events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Дорожная карта", allowedDependencies = { "platform", "registry" })
package ru.nastavnik.roadmap;
