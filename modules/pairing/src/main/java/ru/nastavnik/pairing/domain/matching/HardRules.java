package ru.nastavnik.pairing.domain.matching;

import java.util.Optional;

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
        return violation(form, mentor, mentee).isEmpty();
    }

    /**
     * The first rule of the form this pair breaks, as a Russian phrase for the curator (e.g. «по форме «ученик–ученик»
     * наставник должен быть старше наставляемого (наставник — 8 класс, наставляемый — 9 класс)»); empty when the form
     * allows the pair. The same rules, in the same order, as {@link #allows}.
     */
    public static Optional<String> violation(FormRules form, MentorCandidate mentor, MenteeCandidate mentee) {
        if (!form.mentorCategories().contains(mentor.category())) {
            return Optional.of("категория наставника «" + mentor.category().russianName() + "» не допускается формой «"
                    + form.name() + "»");
        }
        if (!form.menteeCategories().contains(mentee.category())) {
            return Optional.of("категория наставляемого «" + mentee.category().russianName() + "» не допускается формой «"
                    + form.name() + "»");
        }
        if (mentor.participantId().equals(mentee.participantId())) {
            return Optional.of("участник не может быть наставником самому себе");
        }
        if (form.mentorMustBeSenior()) {
            Seniority seniority = seniority(mentor, mentee);
            if (seniority == Seniority.UNKNOWN) {
                return Optional.of("по форме «" + form.name() + "» наставник должен быть старше наставляемого, а класс или "
                        + "дата рождения не указаны — старшинство не проверить");
            }
            if (seniority == Seniority.NOT_SENIOR) {
                return Optional.of("по форме «" + form.name() + "» наставник должен быть старше наставляемого ("
                        + (mentor.grade() != null && mentee.grade() != null
                                ? "наставник — " + mentor.grade() + " класс, наставляемый — " + mentee.grade() + " класс"
                                : "по дате рождения наставник не старше")
                        + ")");
            }
        }
        if (form.requireTrainedMentors() && !mentor.trained()) {
            return Optional.of("подбор предлагает только обученных наставников, а этот наставник не прошёл обучение");
        }
        return Optional.empty();
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
