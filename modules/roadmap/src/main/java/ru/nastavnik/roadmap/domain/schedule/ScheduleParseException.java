package ru.nastavnik.roadmap.domain.schedule;

/**
 * Schedule wording that cannot be recognised; the message is Russian and names the text:
 * {@code Не удалось распознать срок «…»: …}.
 */
public class ScheduleParseException extends IllegalArgumentException {

    private final String text;

    public ScheduleParseException(String text, String reason) {
        super("Не удалось распознать срок «" + text + "»: " + reason);
        this.text = text;
    }

    /** The schedule text as it was given. */
    public String text() {
        return text;
    }
}
