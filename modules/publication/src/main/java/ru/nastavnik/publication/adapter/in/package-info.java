/** Primary adapters of Лучшие практики и публикации: REST API, pages. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package ru.nastavnik.publication.adapter.in;
