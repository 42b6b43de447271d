package ru.nastavnik.roadmap.domain.progress;

/** A change of an occurrence's progress that the roadmap rules forbid; the message is Russian. */
public class ProgressRuleViolation extends IllegalStateException {

    public ProgressRuleViolation(String message) {
        super(message);
    }
}
