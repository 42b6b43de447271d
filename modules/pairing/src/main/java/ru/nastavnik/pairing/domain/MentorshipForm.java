package ru.nastavnik.pairing.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.FormRules;

/**
 * A form of mentorship (форма наставничества) of a tenant: the methodology's five and the tenant's own (e.g. Sasovo's
 * учитель–ученик), with the categories allowed as mentor and as mentee and its role variants (e.g.
 * «успевающий – неуспевающий», «опытный педагог – молодой специалист»).
 */
@Table(schema = "pairing", name = "form")
public class MentorshipForm {

	@Id
	private UUID id;

	private String code;

	private String name;

	private List<String> mentorCategories;

	private List<String> menteeCategories;

	private boolean mentorMustBeSenior;

	private List<String> roleVariants;

	private boolean methodology;

	@Version
	private Integer version;

	MentorshipForm() {
	}

	public static MentorshipForm of(FormRules rules, List<String> roleVariants, boolean methodology) {
		var form = new MentorshipForm();
		form.id = UUID.randomUUID();
		form.code = rules.code();
		form.name = rules.name();
		form.mentorCategories = rules.mentorCategories().stream().map(Enum::name).sorted().toList();
		form.menteeCategories = rules.menteeCategories().stream().map(Enum::name).sorted().toList();
		form.mentorMustBeSenior = rules.mentorMustBeSenior();
		form.roleVariants = List.copyOf(roleVariants);
		form.methodology = methodology;
		return form;
	}

	/** The hard rules the matching engine applies for this form. */
	public FormRules rules(boolean onlyTrainedMentors) {
		return new FormRules(code, name, categories(mentorCategories), categories(menteeCategories), mentorMustBeSenior,
				onlyTrainedMentors);
	}

	private static Set<Category> categories(List<String> names) {
		return names.stream().map(Category::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
	}

	/** The forms every tenant has: the methodology's five with their usual role variants. */
	public static List<MentorshipForm> methodologyDefaults() {
		var forms = new ArrayList<MentorshipForm>();
		forms.add(of(FormRules.PUPIL_PUPIL, List.of("успевающий – неуспевающий", "лидер – пассивный",
				"равный – равному", "адаптированный – неадаптированный"), true));
		forms.add(of(FormRules.TEACHER_TEACHER, List.of("опытный педагог – молодой специалист",
				"опытный классный руководитель – молодой классный руководитель", "лидер методического объединения – педагог"), true));
		forms.add(of(FormRules.STUDENT_PUPIL, List.of("успевающий студент – неуспевающий ученик",
				"студент-консультант – ученик с проектом"), true));
		forms.add(of(FormRules.EMPLOYER_PUPIL, List.of("активный профессионал – равнодушный потребитель",
				"работодатель – одарённый ученик"), true));
		forms.add(of(FormRules.EMPLOYER_STUDENT, List.of("работодатель – студент выпускного курса",
				"профессионал – студент, выбирающий профессию"), true));
		return forms;
	}

	/** Sasovo's own form (not among the methodology's five): a teacher mentors a pupil. */
	public static MentorshipForm teacherPupil() {
		return of(FormRules.TEACHER_PUPIL, List.of("педагог – ученик с трудностями в обучении",
				"педагог – одарённый ученик"), false);
	}

	public UUID id() {
		return id;
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public List<String> mentorCategories() {
		return mentorCategories;
	}

	public List<String> menteeCategories() {
		return menteeCategories;
	}

	public boolean mentorMustBeSenior() {
		return mentorMustBeSenior;
	}

	public List<String> roleVariants() {
		return roleVariants;
	}

	public boolean methodology() {
		return methodology;
	}
}
