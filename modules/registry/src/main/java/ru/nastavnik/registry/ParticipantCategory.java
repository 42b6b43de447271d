package ru.nastavnik.registry;

/** Categories of participants of the target model (part of the registry's published contract). */
public enum ParticipantCategory {
	PUPIL("обучающийся"), STUDENT("студент"), TEACHER("педагог"), EMPLOYER_REPRESENTATIVE("представитель работодателя");

	private final String title;

	ParticipantCategory(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
