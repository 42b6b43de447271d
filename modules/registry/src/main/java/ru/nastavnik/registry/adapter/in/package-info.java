/** Primary adapters of Реестр наставников и наставляемых: REST API, pages. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package ru.nastavnik.registry.adapter.in;
