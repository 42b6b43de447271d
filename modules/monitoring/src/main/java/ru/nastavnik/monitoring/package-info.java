/**
 * Мониторинг: target indicators computed from the other modules' events, snapshots, questionnaires, the analytical report, the regional summary.
 * <p>
 * This package is the module's API: the domain events it publishes. Everything below it is internal; other modules
 * learn about this one only through those events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Мониторинг", allowedDependencies = { "platform", "registry", "pairing", "roadmap" })
package ru.nastavnik.monitoring;
