/**
 * Наставнические пары: forming mentoring pairs and groups: forms of mentorship, programmes, questionnaire, optimal matching, the pairing order.
 * <p>
 * This package is the module's API: the domain events it publishes. Everything below it is internal; other modules
 * learn about this one only through those events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Наставнические пары", allowedDependencies = { "platform", "registry" })
package ru.nastavnik.pairing;
