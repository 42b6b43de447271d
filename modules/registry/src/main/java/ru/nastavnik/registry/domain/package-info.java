/** The domain of Реестр наставников и наставляемых: aggregates, value objects, domain services and the repository ports. No Spring here. */
@org.jmolecules.architecture.hexagonal.Application
package ru.nastavnik.registry.domain;
