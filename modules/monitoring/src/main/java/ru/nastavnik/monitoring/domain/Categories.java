package ru.nastavnik.monitoring.domain;

/** Russian names of the registry's participant categories. */
public final class Categories {

	private Categories() {
	}

	public static String plural(String category) {
		return switch (category) {
			case "PUPIL" -> "обучающиеся";
			case "STUDENT" -> "студенты";
			case "TEACHER" -> "педагоги";
			case "EMPLOYER_REPRESENTATIVE" -> "представители работодателей";
			default -> category;
		};
	}
}
