package ru.nastavnik.pairing.domain.matching;

import java.util.List;

/** The run cannot be solved as given: every problem found is listed, in Russian, for the curator. */
public class MatchingInputException extends IllegalArgumentException {

    private final List<String> problems;

    public MatchingInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
