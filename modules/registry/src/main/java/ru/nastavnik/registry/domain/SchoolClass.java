package ru.nastavnik.registry.domain;

/**
 * A school class of a pupil: grade 1–11 and an optional letter («7Б» → grade 7, letter «Б»).
 *
 * @param grade  1–11
 * @param letter the parallel letter in upper case, "" when none
 */
public record SchoolClass(int grade, String letter) {

    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 11;

    public SchoolClass {
        if (grade < MIN_GRADE || grade > MAX_GRADE) {
            throw new IllegalArgumentException("grade out of range: " + grade);
        }
        letter = letter == null ? "" : letter;
    }

    /** «7Б», «7», «10 А». */
    public String label() {
        return letter.isEmpty() ? Integer.toString(grade) : grade + letter;
    }
}
