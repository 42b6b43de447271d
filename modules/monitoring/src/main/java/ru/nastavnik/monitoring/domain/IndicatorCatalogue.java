package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The indicators a tenant starts with: its own from its seed document (Sosnovka's and Michurinsk's share of pupils,
 * Sasovo's three per form) and, for every tenant, the methodology's usual ones (Р-145, МР-42/02).
 */
public final class IndicatorCatalogue {

	public static final String PUPILS_INVOLVED = "pupils-involved";

	public static final String YOUNG_TEACHERS_MENTEES = "young-teachers-mentees";

	private static final String METHODOLOGY = "Методология (целевая модель) наставничества, распоряжение Минпросвещения России № Р-145 от 25.12.2019";

	/**
	 * Short labels of the catalogue's indicators, for where the full name does not fit (table columns, chart axes):
	 * the full name goes with them as a tooltip and a legend. The one place for them — pages and documents alike.
	 */
	private static final java.util.Map<String, String> SHORT_NAMES = java.util.Map.of(
			PUPILS_INVOLVED, "Вовлечённые обучающиеся",
			"sasovo-pupil-pupil", "Ученик – ученик",
			"sasovo-teacher-pupil", "Учитель – ученик",
			"sasovo-teacher-teacher", "Учитель – учитель",
			"pupils-10-19-mentees", "Наставляемые 10–19 лет",
			"pupils-15-19-mentors", "Наставники 15–19 лет",
			YOUNG_TEACHERS_MENTEES, "Молодые педагоги – наставляемые",
			"mentors-trained", "Обученные наставники");

	/** Longest short label made from an indicator's name when the catalogue has none for its code. */
	static final int SHORT_NAME_LENGTH = 32;

	private IndicatorCatalogue() {
	}

	/**
	 * The short label of an indicator: the catalogue's for its code, or its name cut at a word to
	 * {@value #SHORT_NAME_LENGTH} characters with «…».
	 */
	public static String shortName(String code, String name) {
		String known = SHORT_NAMES.get(code);
		if (known != null) {
			return known;
		}
		if (name == null || name.length() <= SHORT_NAME_LENGTH) {
			return name;
		}
		int cut = name.lastIndexOf(' ', SHORT_NAME_LENGTH - 1);
		return name.substring(0, cut > 0 ? cut : SHORT_NAME_LENGTH - 1).strip() + "…";
	}

	public static List<IndicatorDefinition> forTenant(String slug) {
		var out = new ArrayList<IndicatorDefinition>();
		switch (slug) {
			case "sosnovka" -> out.add(pupilsInvolved(
					"Постановление администрации Сосновского района о внедрении целевой модели наставничества, дорожная карта, п. 12",
					List.of(t(2020, "10"), t(2021, "20"), t(2022, "35"), t(2023, "50"), t(2024, "70"))));
			case "michurinsk" -> out.add(pupilsInvolved("Дорожная карта внедрения целевой модели наставничества г. Мичуринска на 2020/21 учебный год",
					List.of(t(2020, "10"))));
			case "sasovo" -> {
				String order = "Приказ Управления образования № 94/1 от 20.08.2020, приложение 2";
				List<Target> blank = List.of(new Target(LocalDate.of(2021, 12, 31), null),
						new Target(LocalDate.of(2024, 12, 31), null));
				out.add(new IndicatorDefinition(UUID.randomUUID(), "sasovo-pupil-pupil",
						"Практическая реализация концепции построения модели наставничества ученик – ученик (обучающиеся)",
						"Отношение количества участников программ наставничества формы «ученик–ученик» к общему числу обучающихся",
						order, 1, new Numerator("PUPIL", null, Forms.PUPIL_PUPIL, Set.of(), null, null),
						Denominator.PUPILS_TOTAL, blank));
				out.add(new IndicatorDefinition(UUID.randomUUID(), "sasovo-teacher-pupil",
						"Практическая реализация концепции построения модели наставничества учитель – ученик (педагоги)",
						"Отношение количества педагогов — участников программ наставничества формы «учитель–ученик» к общему числу педагогов",
						order, 2, new Numerator("TEACHER", null, Forms.TEACHER_PUPIL, Set.of(), null, null),
						Denominator.TEACHERS, blank));
				out.add(new IndicatorDefinition(UUID.randomUUID(), "sasovo-teacher-teacher",
						"Практическая реализация концепции построения модели наставничества учитель – учитель (молодые педагоги)",
						"Отношение количества молодых педагогов — участников программ наставничества формы «учитель–учитель» к общему числу молодых педагогов",
						order, 3, new Numerator("TEACHER", null, Forms.TEACHER_TEACHER, Set.of(), true, null),
						Denominator.YOUNG_TEACHERS, blank));
			}
			default -> {
			}
		}
		int order = 10;
		if (out.stream().noneMatch(d -> d.code().equals(PUPILS_INVOLVED))) {
			out.add(pupilsInvolved(METHODOLOGY, List.of()));
		}
		out.add(new IndicatorDefinition(UUID.randomUUID(), "pupils-10-19-mentees",
				"Доля обучающихся в возрасте от 10 до 19 лет, вовлечённых в программы наставничества в роли наставляемого",
				"Наставляемые-обучающиеся 10–19 лет к числу обучающихся 10–19 лет", METHODOLOGY, order++,
				new Numerator("PUPIL", PairRole.MENTEE, null, Set.of("FROM_10_TO_14", "FROM_15_TO_19"), null, null),
				Denominator.PUPILS_10_19, List.of()));
		out.add(new IndicatorDefinition(UUID.randomUUID(), "pupils-15-19-mentors",
				"Доля обучающихся в возрасте от 15 до 19 лет, вовлечённых в программы наставничества в роли наставника",
				"Наставники-обучающиеся 15–19 лет к числу обучающихся 15–19 лет", METHODOLOGY, order++,
				new Numerator("PUPIL", PairRole.MENTOR, null, Set.of("FROM_15_TO_19"), null, null),
				Denominator.PUPILS_15_19, List.of()));
		out.add(new IndicatorDefinition(UUID.randomUUID(), YOUNG_TEACHERS_MENTEES,
				"Доля молодых педагогов (до 35 лет, стаж до 3 лет), вовлечённых в программы наставничества в роли наставляемого",
				"Наставляемые молодые педагоги к числу молодых педагогов", METHODOLOGY, order++,
				new Numerator("TEACHER", PairRole.MENTEE, null, Set.of(), true, null), Denominator.YOUNG_TEACHERS,
				List.of()));
		out.add(new IndicatorDefinition(UUID.randomUUID(), "mentors-trained",
				"Доля наставников, прошедших обучение", "Наставники, прошедшие обучение, к числу наставников в действующих парах",
				METHODOLOGY, order, new Numerator(null, PairRole.MENTOR, null, Set.of(), null, true),
				Denominator.ACTIVE_MENTORS, List.of()));
		return out;
	}

	private static IndicatorDefinition pupilsInvolved(String source, List<Target> targets) {
		return new IndicatorDefinition(UUID.randomUUID(), PUPILS_INVOLVED,
				"Доля обучающихся, вовлечённых в различные формы наставничества",
				"Обучающиеся в действующих наставнических парах и группах (в любой роли, каждый один раз) к общему числу обучающихся",
				source, 0, new Numerator("PUPIL", null, null, Set.of(), null, null), Denominator.PUPILS_TOTAL, targets);
	}

	private static Target t(int year, String value) {
		return new Target(LocalDate.of(year, 12, 31), new BigDecimal(value));
	}
}
