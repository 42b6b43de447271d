package ru.nastavnik.app;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A generated participant list of a municipality, valid on the day it is generated for, in the import template's
 * columns: four schools and a college, the four categories, mentors and mentees for every form of mentorship —
 * pupils mentored by older pupils, teachers, students and employers' representatives; young teachers by experienced
 * ones; every name distinct. Eight kinds of row in turn: three younger pupils (mentees, consent by a parent), an older
 * pupil (mentor), an experienced trained teacher (mentor), a young teacher (mentor and mentee), a college student
 * (mentor) and an employer's representative (mentor). Pupils, students and employers mentor one pupil each, so that
 * a school's pupils are shared out among all three forms of pupil mentorship.
 */
public final class GeneratedRegister {

	public static final List<String> SCHOOLS = List.of("МБОУ СОШ №1", "МБОУ СОШ №2", "МБОУ «Гимназия №3»",
			"МБОУ «Лицей №4»");

	public static final String COLLEGE = "ГБПОУ Технический колледж";

	static final String HEADER = "Фамилия;Имя;Отчество;Категория;Дата рождения;Класс;Организация;"
			+ "Дата начала педагогической деятельности;Компания;Роль;Компетенции наставника;"
			+ "Сколько наставляемых может вести;Обучение наставника пройдено;Запросы наставляемого;"
			+ "Согласие на обработку ПДн: дата;Согласие дал;ФИО законного представителя;E-mail;Телефон";

	static final String[] SUBJECTS = { "математика", "физика", "русский язык", "химия", "информатика", "биология" };

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private GeneratedRegister() {
	}

	/** The list as a UTF-8 CSV with «;», valid on {@code today}. */
	public static byte[] csv(int rows, LocalDate today) {
		var out = new StringBuilder(rows * 200).append(HEADER).append("\r\n");
		for (int i = 0; i < rows; i++) {
			out.append(row(i, today)).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The same list a while later: every other young teacher (rows 5, 21, 37, …) has been teaching for ten years and is
	 * trained — the same people (same natural keys), other facts.
	 */
	public static byte[] revisedCsv(int rows, LocalDate today) {
		var out = new StringBuilder(rows * 200).append(HEADER).append("\r\n");
		for (int i = 0; i < rows; i++) {
			String row = row(i, today);
			if (revised(i)) {
				String[] cells = row.split(";", -1);
				cells[7] = d(today.minusYears(10)); // the start of pedagogical activity
				cells[12] = d(today.minusMonths(6)); // mentor training
				row = String.join(";", cells);
			}
			out.append(row).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** How many rows of a list of {@code rows} the revised list changes. */
	public static int revisedRows(int rows) {
		int n = 0;
		for (int i = 0; i < rows; i++) {
			n += revised(i) ? 1 : 0;
		}
		return n;
	}

	static boolean revised(int i) {
		return i % 16 == 5;
	}

	/** The school of row {@code i} (the college for a student). */
	public static String organisation(int i) {
		return i % 8 == 6 ? COLLEGE : SCHOOLS.get((i / 8) % SCHOOLS.size());
	}

	static String row(int i, LocalDate today) {
		String surname = "Тестов" + letters(i);
		String school = organisation(i);
		String subject = SUBJECTS[i % SUBJECTS.length];
		String consent = d(today.minusDays(30));
		int days = i % 300;
		return switch (i % 8) {
			// a pupil of 11 to 13, grades 5–7: a mentee; under 14, a parent consents
			case 0, 1, 2 -> {
				int age = 11 + i % 3;
				yield String.join(";", surname, "Иван", "Петрович", "обучающийся",
						d(today.minusYears(age).minusDays(40 + days)), (age - 6) + "А", school, "", "", "наставляемый", "",
						"", "", subject, consent, "законный представитель", "Тестова Мария Ивановна", "", "");
			}
			// a pupil of 15 to 17, grades 9–11: a mentor of younger pupils
			case 3 -> {
				int age = 15 + i % 3;
				yield String.join(";", surname, "Пётр", "Иванович", "обучающийся",
						d(today.minusYears(age).minusDays(40 + days)), (age - 6) + "Б", school, "", "", "наставник", subject,
						"1", "", "", consent, "сам", "", "", "");
			}
			// an experienced teacher, trained: a mentor
			case 4 -> String.join(";", surname, "Анна", "Сергеевна", "педагог", d(today.minusYears(45).minusDays(days)), "",
					school, d(today.minusYears(20)), "", "наставник", subject + ", классное руководство", "3",
					d(today.minusYears(1)), "", consent, "сам", "", "", "");
			// a young teacher: a mentor of pupils and a mentee of the experienced
			case 5 -> String.join(";", surname, "Ольга", "Викторовна", "педагог", d(today.minusYears(26).minusDays(days)),
					"", school, d(today.minusYears(1)), "", "наставник и наставляемый", subject, "2", "",
					"классное руководство", consent, "сам", "", "", "");
			// a college student of 19: a mentor of pupils
			case 6 -> String.join(";", surname, "Артём", "", "студент", d(today.minusYears(19).minusDays(days)), "", school, "",
					"", "наставник", subject, "1", "", "", consent, "сам", "", "", "");
			// an employer's representative: a mentor
			default -> String.join(";", surname, "Илья", "Петрович", "представитель работодателя",
					d(today.minusYears(40).minusDays(days)), "", school, "", "АО «Завод»", "наставник",
					"профориентация, " + subject, "1", "", "", consent, "сам", "", "", "");
		};
	}

	private static String d(LocalDate date) {
		return DATE.format(date);
	}

	/** A distinct Cyrillic word for every number, for distinct names. */
	static String letters(int n) {
		String alphabet = "абвгдежзиклмнопрстуфхцчшэюя";
		var sb = new StringBuilder();
		int k = n;
		do {
			sb.insert(0, alphabet.charAt(k % alphabet.length()));
			k /= alphabet.length();
		}
		while (k > 0);
		return sb.toString();
	}
}
