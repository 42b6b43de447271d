/** The domain of Лучшие практики и публикации: aggregates, value objects, domain services and the repository ports. No Spring here. */
@org.jmolecules.architecture.hexagonal.Application
package ru.nastavnik.publication.domain;
