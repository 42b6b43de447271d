package ru.nastavnik.monitoring.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The forms of mentorship by their pairing codes, with their Russian names (a tenant's own forms keep their code). */
public final class Forms {

	public static final String PUPIL_PUPIL = "pupil-pupil";

	public static final String TEACHER_TEACHER = "teacher-teacher";

	public static final String TEACHER_PUPIL = "teacher-pupil";

	public static final Map<String, String> KNOWN;

	static {
		var known = new LinkedHashMap<String, String>();
		known.put(PUPIL_PUPIL, "ученик–ученик");
		known.put(TEACHER_TEACHER, "учитель–учитель");
		known.put(TEACHER_PUPIL, "учитель–ученик");
		known.put("student-pupil", "студент–ученик");
		known.put("employer-pupil", "работодатель–ученик");
		known.put("employer-student", "работодатель–студент");
		KNOWN = Map.copyOf(known);
	}

	private Forms() {
	}

	public static String name(String code) {
		return KNOWN.getOrDefault(code, code);
	}
}
