/** Secondary adapters of Реестр наставников и наставляемых: persistence and document/feed/solver implementations of the domain's ports. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package ru.nastavnik.registry.adapter.out;
