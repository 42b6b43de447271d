package ru.nastavnik.roadmap.domain.template;

import java.util.List;

/**
 * A roadmap template that breaks its invariants. Carries every problem found, each a Russian sentence naming
 * the item, so an imported file can be corrected in one go.
 */
public class TemplateValidationException extends IllegalArgumentException {

    private final List<String> problems;

    public TemplateValidationException(String problem) {
        this(List.of(problem));
    }

    public TemplateValidationException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Список ошибок шаблона пуст");
        }
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return "Шаблон дорожной карты содержит ошибки (" + problems.size() + "):\n— " + String.join("\n— ", problems);
    }
}
