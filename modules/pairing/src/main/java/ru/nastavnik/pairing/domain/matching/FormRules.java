package ru.nastavnik.pairing.domain.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Hard rules of a form of mentorship (форма наставничества): who may be a mentor, who may be a mentee,
 * and the extra constraints of the form.
 *
 * @param code                  stable code, e.g. {@code "pupil-pupil"}
 * @param name                  Russian name shown to users, e.g. «ученик–ученик»
 * @param mentorCategories      categories allowed as mentors
 * @param menteeCategories      categories allowed as mentees
 * @param mentorMustBeSenior    the mentor must be in a higher grade than the mentee, or — when either grade
 *                              is absent — born earlier (ученик–ученик); a pair whose seniority cannot be
 *                              established is not allowed
 * @param requireTrainedMentors only mentors who completed mentor training may be proposed
 */
public record FormRules(
        String code,
        String name,
        Set<Category> mentorCategories,
        Set<Category> menteeCategories,
        boolean mentorMustBeSenior,
        boolean requireTrainedMentors) {

    /** ученик–ученик: a senior pupil mentors a younger one. */
    public static final FormRules PUPIL_PUPIL = new FormRules("pupil-pupil", "ученик–ученик",
            EnumSet.of(Category.PUPIL), EnumSet.of(Category.PUPIL), true, false);
    /** учитель–учитель: an experienced teacher mentors a young or new one. */
    public static final FormRules TEACHER_TEACHER = new FormRules("teacher-teacher", "учитель–учитель",
            EnumSet.of(Category.TEACHER), EnumSet.of(Category.TEACHER), false, false);
    /** студент–ученик: a student of a college or university mentors a pupil. */
    public static final FormRules STUDENT_PUPIL = new FormRules("student-pupil", "студент–ученик",
            EnumSet.of(Category.STUDENT), EnumSet.of(Category.PUPIL), false, false);
    /** работодатель–ученик: an employer's representative mentors a pupil. */
    public static final FormRules EMPLOYER_PUPIL = new FormRules("employer-pupil", "работодатель–ученик",
            EnumSet.of(Category.EMPLOYER_REPRESENTATIVE), EnumSet.of(Category.PUPIL), false, false);
    /** работодатель–студент: an employer's representative mentors a student. */
    public static final FormRules EMPLOYER_STUDENT = new FormRules("employer-student", "работодатель–студент",
            EnumSet.of(Category.EMPLOYER_REPRESENTATIVE), EnumSet.of(Category.STUDENT), false, false);
    /** учитель–ученик: not one of the methodology's five forms, a tenant's own (Sasovo). */
    public static final FormRules TEACHER_PUPIL = new FormRules("teacher-pupil", "учитель–ученик",
            EnumSet.of(Category.TEACHER), EnumSet.of(Category.PUPIL), false, false);

    public FormRules {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (mentorCategories == null || mentorCategories.isEmpty()
                || menteeCategories == null || menteeCategories.isEmpty()) {
            throw new IllegalArgumentException("форма «" + name + "» должна допускать хотя бы одну категорию"
                    + " наставников и наставляемых");
        }
        mentorCategories = Set.copyOf(EnumSet.copyOf(mentorCategories));
        menteeCategories = Set.copyOf(EnumSet.copyOf(menteeCategories));
    }

    /** The five forms of the methodology (without tenants' own forms). */
    public static List<FormRules> methodologyForms() {
        return List.of(PUPIL_PUPIL, TEACHER_TEACHER, STUDENT_PUPIL, EMPLOYER_PUPIL, EMPLOYER_STUDENT);
    }

    /** The same form with the trained-mentors rule switched on or off (a tenant's or programme's choice). */
    public FormRules withTrainedMentorsRequired(boolean required) {
        return new FormRules(code, name, mentorCategories, menteeCategories, mentorMustBeSenior, required);
    }
}
