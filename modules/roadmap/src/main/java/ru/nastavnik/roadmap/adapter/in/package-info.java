/** Primary adapters of Дорожная карта: REST API, pages. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package ru.nastavnik.roadmap.adapter.in;
