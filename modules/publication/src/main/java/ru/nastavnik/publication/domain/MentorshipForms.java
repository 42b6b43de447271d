package ru.nastavnik.publication.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The forms of mentorship of the methodology (Р-145), by code, for labels; a tenant's own codes show as they are. */
public final class MentorshipForms {

	public static final Map<String, String> STANDARD;

	static {
		var forms = new LinkedHashMap<String, String>();
		forms.put("PUPIL_PUPIL", "ученик – ученик");
		forms.put("TEACHER_TEACHER", "учитель – учитель");
		forms.put("STUDENT_PUPIL", "студент – ученик");
		forms.put("EMPLOYER_PUPIL", "работодатель – ученик");
		forms.put("EMPLOYER_STUDENT", "работодатель – студент");
		forms.put("TEACHER_PUPIL", "учитель – ученик");
		STANDARD = Map.copyOf(forms);
	}

	private MentorshipForms() {
	}

	public static Map<String, String> all() {
		var ordered = new LinkedHashMap<String, String>();
		for (String code : new String[] { "PUPIL_PUPIL", "TEACHER_TEACHER", "STUDENT_PUPIL", "EMPLOYER_PUPIL",
				"EMPLOYER_STUDENT", "TEACHER_PUPIL" }) {
			ordered.put(code, STANDARD.get(code));
		}
		return ordered;
	}

	public static String label(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return STANDARD.getOrDefault(code, code);
	}
}
