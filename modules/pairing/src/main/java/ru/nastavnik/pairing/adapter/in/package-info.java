/** Primary adapters of Наставнические пары: REST API, pages. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package ru.nastavnik.pairing.adapter.in;
