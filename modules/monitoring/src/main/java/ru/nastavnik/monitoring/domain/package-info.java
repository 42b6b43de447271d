/** The domain of Мониторинг: aggregates, value objects, domain services and the repository ports. No Spring here. */
@org.jmolecules.architecture.hexagonal.Application
package ru.nastavnik.monitoring.domain;
