/** Secondary adapters of Наставнические пары: persistence and document/feed/solver implementations of the domain's ports. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package ru.nastavnik.pairing.adapter.out;
