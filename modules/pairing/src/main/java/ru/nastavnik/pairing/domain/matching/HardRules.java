package ru.nastavnik.pairing.domain.matching;

/**
 * The hard rules a proposed pair never breaks, whatever the weights: the form's categories on both sides,
 * no self-pairing (the same participant may be a mentor and a mentee candidate), seniority where the form
 * asks for it, trained mentors where the form asks for it. Capacity and the curator's forbidden pairs are
 * checked by the {@link MatchingEngine} on top of these.
 */
public final class HardRules {

    private HardRules() {
    }

    /** Whether the form's rules allow this mentor for this mentee (capacity and curator bans aside). */
    public static boolean allows(FormRules form, MentorCandidate mentor, MenteeCandidate mentee) {
        return form.mentorCategories().contains(mentor.category())
                && form.menteeCategories().contains(mentee.category())
                && !mentor.participantId().equals(mentee.participantId())
                && (!form.mentorMustBeSenior() || seniority(mentor, mentee) == Seniority.SENIOR)
                && (!form.requireTrainedMentors() || mentor.trained());
    }

    /** Outcome of the seniority check. */
    public enum Seniority { SENIOR, NOT_SENIOR, UNKNOWN }

    /**
     * The mentor is senior when in a higher grade; when either grade is absent, when born earlier;
     * {@link Seniority#UNKNOWN} when neither comparison is possible.
     */
    public static Seniority seniority(MentorCandidate mentor, MenteeCandidate mentee) {
        if (mentor.grade() != null && mentee.grade() != null) {
            return mentor.grade() > mentee.grade() ? Seniority.SENIOR : Seniority.NOT_SENIOR;
        }
        if (mentor.birthDate() != null && mentee.birthDate() != null) {
            return mentor.birthDate().isBefore(mentee.birthDate()) ? Seniority.SENIOR : Seniority.NOT_SENIOR;
        }
        return Seniority.UNKNOWN;
    }
}
