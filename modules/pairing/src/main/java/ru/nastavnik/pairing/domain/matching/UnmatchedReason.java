package ru.nastavnik.pairing.domain.matching;

/**
 * Why a mentee got no mentor. All but {@link #CAPACITY_EXHAUSTED} mean that no feasible mentor exists at
 * all; they are checked in the order declared here and the first rule that leaves no candidate is reported.
 */
public enum UnmatchedReason {
    /** The form does not take this category as mentees. */
    MENTEE_CATEGORY_NOT_ALLOWED,
    /** No mentor (other than the mentee themself) of a category the form allows. */
    NO_MENTOR_OF_ALLOWED_CATEGORY,
    /** The form needs a senior mentor and no grade or birth date allows comparing. */
    SENIORITY_UNKNOWN,
    /** The form needs a senior mentor and none of the allowed category is senior. */
    NO_SENIOR_MENTOR,
    /** The form needs trained mentors and none of the remaining is trained. */
    NO_TRAINED_MENTOR,
    /** The remaining mentors take no mentee this time (capacity 0). */
    NO_MENTOR_CAPACITY,
    /** The curator forbade every remaining pair. */
    ALL_PAIRS_FORBIDDEN,
    /** Feasible mentors exist but their capacity went to other mentees (maximum matching is still reached). */
    CAPACITY_EXHAUSTED;

    /** Russian message for the curator. */
    public String message(FormRules form, MenteeCandidate mentee) {
        return switch (this) {
            case MENTEE_CATEGORY_NOT_ALLOWED -> "категория «" + mentee.category().russianName()
                    + "» не допускается формой «" + form.name() + "» в качестве наставляемого";
            case NO_MENTOR_OF_ALLOWED_CATEGORY -> "нет наставников допустимой категории для формы «"
                    + form.name() + "»";
            case SENIORITY_UNKNOWN -> "не указаны класс или дата рождения — старшинство наставника не проверить";
            case NO_SENIOR_MENTOR -> "все наставники допустимой категории не старше наставляемого";
            case NO_TRAINED_MENTOR -> "нет обученных наставников";
            case NO_MENTOR_CAPACITY -> "у всех подходящих наставников нулевая ёмкость";
            case ALL_PAIRS_FORBIDDEN -> "все возможные пары запрещены куратором";
            case CAPACITY_EXHAUSTED -> "все подходящие наставники заняты (исчерпана ёмкость)";
        };
    }
}
