package ru.nastavnik.registry.domain;

/** A cell value that cannot be parsed; the message is the Russian reason. Cheap: no stack trace. */
final class CellProblem extends Exception {

    private static final long serialVersionUID = 1L;

    CellProblem(String message) {
        super(message, null, false, false);
    }
}
