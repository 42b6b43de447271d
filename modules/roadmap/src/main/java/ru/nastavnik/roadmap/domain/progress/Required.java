package ru.nastavnik.roadmap.domain.progress;

/** Argument checks shared by the evidence records. */
final class Required {

    private Required() {
    }

    /** The value stripped; {@link IllegalArgumentException} with {@code message} when null or blank. */
    static String text(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }
}
