/**
 * Реестр наставников и наставляемых: personalised records (персонифицированный учёт): organisations and their contingent, participants, consent, bulk import.
 * <p>
 * This package is the module's API: the domain events it publishes. Everything below it is internal; other modules
 * learn about this one only through those events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Реестр наставников и наставляемых", allowedDependencies = "platform")
package ru.nastavnik.registry;
