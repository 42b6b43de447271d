package ru.nastavnik.pairing.domain.matching;

/**
 * Category of a participant of the target model of mentorship, as the methodology names them.
 * A form of mentorship ({@link FormRules}) says which categories may be mentors and which mentees.
 */
public enum Category {
    PUPIL("ученик"),
    STUDENT("студент"),
    TEACHER("педагог"),
    EMPLOYER_REPRESENTATIVE("представитель работодателя");

    private final String russianName;

    Category(String russianName) {
        this.russianName = russianName;
    }

    /** Russian name used in explanations and reasons. */
    public String russianName() {
        return russianName;
    }
}
