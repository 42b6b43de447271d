/** Secondary adapters of Лучшие практики и публикации: persistence and document/feed/solver implementations of the domain's ports. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package ru.nastavnik.publication.adapter.out;
