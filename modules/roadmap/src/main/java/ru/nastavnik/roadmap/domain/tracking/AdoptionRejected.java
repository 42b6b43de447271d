package ru.nastavnik.roadmap.domain.tracking;

import java.util.List;

/** A roadmap cannot be adopted as requested; every problem names its field, in Russian. */
public class AdoptionRejected extends IllegalArgumentException {

    /** One problem: the form field at fault and why. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public AdoptionRejected(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).message()
                : "Дорожная карта не утверждена: " + String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
