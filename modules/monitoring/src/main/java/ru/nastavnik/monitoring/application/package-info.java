/** Use cases of Мониторинг (primary ports) and the listeners of other modules' events. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package ru.nastavnik.monitoring.application;
