package ru.nastavnik.roadmap.domain.template;

import java.util.regex.Pattern;

/** Whitespace normalisation applied to every text of a template: runs collapsed to one space, ends trimmed. */
final class Whitespace {

    private static final Pattern RUNS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Whitespace() {
    }

    /** {@code null} becomes the empty string. */
    static String normalise(String text) {
        return text == null ? "" : RUNS.matcher(text).replaceAll(" ").strip();
    }
}
