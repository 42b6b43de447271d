/**
 * Лучшие практики и публикации: best practices, news, best mentors and the public section with its Atom feed.
 * <p>
 * This package is the module's API: the domain events it publishes. Everything below it is internal; other modules
 * learn about this one only through those events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Лучшие практики и публикации", allowedDependencies = { "platform", "registry", "pairing", "monitoring" })
package ru.nastavnik.publication;
