/** Use cases of Наставнические пары (primary ports) and the listeners of other modules' events. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package ru.nastavnik.pairing.application;
