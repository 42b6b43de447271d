/** Primary adapters of Мониторинг: REST API, pages. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package ru.nastavnik.monitoring.adapter.in;
