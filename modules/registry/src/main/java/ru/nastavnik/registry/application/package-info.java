/** Use cases of Реестр наставников и наставляемых (primary ports) and the listeners of other modules' events. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package ru.nastavnik.registry.application;
