/** Secondary adapters of Мониторинг: persistence and document/feed/solver implementations of the domain's ports. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package ru.nastavnik.monitoring.adapter.out;
