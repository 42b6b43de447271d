package ru.nastavnik.roadmap.adapter.out.templates;

import java.util.List;

/**
 * A template file that cannot be imported: broken JSON, a missing or unknown field, or a template that breaks the
 * domain's invariants. Carries every problem found, each a Russian sentence naming where it is.
 */
public class TemplateImportException extends RuntimeException {

    private final List<String> problems;

    public TemplateImportException(List<String> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    public TemplateImportException(List<String> problems) {
        this(problems, null);
    }

    /** Every problem found, in document order. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        if (problems.size() == 1) {
            return "Шаблон дорожной карты не импортирован: " + problems.get(0);
        }
        return "Шаблон дорожной карты не импортирован, ошибок: " + problems.size() + "\n— "
                + String.join("\n— ", problems);
    }
}
