/** Secondary adapters of Дорожная карта: persistence and document/feed/solver implementations of the domain's ports. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package ru.nastavnik.roadmap.adapter.out;
