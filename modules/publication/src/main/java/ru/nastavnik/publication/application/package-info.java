/** Use cases of Лучшие практики и публикации (primary ports) and the listeners of other modules' events. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package ru.nastavnik.publication.application;
