/** Use cases of Дорожная карта (primary ports) and the listeners of other modules' events. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package ru.nastavnik.roadmap.application;
