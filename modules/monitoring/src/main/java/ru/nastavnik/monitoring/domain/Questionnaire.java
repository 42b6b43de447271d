package ru.nastavnik.monitoring.domain;

import java.util.List;

/**
 * The methodology's two monitoring stages as questionnaires: stage 1 — the quality of the programme's process (rated
 * by mentors and mentees at its end); stage 2 — the growth of the participants, answered before and after the
 * programme. Ratings are 1–10, yes/no questions 1 (да) or 0 (нет).
 */
public enum Questionnaire {

	PROCESS(1, "Этап 1. Оценка качества процесса реализации программы наставничества", List.of(
			new Question("goal", "Насколько понятны цели программы наставничества", Question.Kind.SCALE),
			new Question("tasks", "Насколько понятны поставленные задачи", Question.Kind.SCALE),
			new Question("comfort", "Насколько комфортно было работать в паре (группе)", Question.Kind.SCALE),
			new Question("meetings", "Качество организации встреч", Question.Kind.SCALE),
			new Question("useful", "Полезность совместной работы", Question.Kind.SCALE),
			new Question("difficulties", "Возникали ли трудности в совместной работе", Question.Kind.YES_NO),
			new Question("continue", "Хотели бы вы продолжить участие в программах наставничества", Question.Kind.YES_NO))),
	GROWTH(2, "Этап 2. Оценка мотивационно-личностного и профессионального роста участников", List.of(
			new Question("confidence", "Уверенность в собственных силах", Question.Kind.SCALE),
			new Question("interest", "Интерес к учёбе (профессиональной деятельности)", Question.Kind.SCALE),
			new Question("goals", "Понимание своих образовательных (профессиональных) целей", Question.Kind.SCALE),
			new Question("satisfaction", "Удовлетворённость своими результатами", Question.Kind.SCALE),
			new Question("contests", "Участие в конкурсах, олимпиадах, проектах за период", Question.Kind.YES_NO)));

	/** Aggregates over fewer respondents than this are not shown: a small group would reveal a person. */
	public static final int MIN_RESPONDENTS = 3;

	private final int stage;

	private final String title;

	private final List<Question> questions;

	Questionnaire(int stage, String title, List<Question> questions) {
		this.stage = stage;
		this.title = title;
		this.questions = questions;
	}

	public int stage() {
		return stage;
	}

	public String title() {
		return title;
	}

	public List<Question> questions() {
		return questions;
	}

	public static Questionnaire ofStage(int stage) {
		for (Questionnaire q : values()) {
			if (q.stage == stage) {
				return q;
			}
		}
		throw new IllegalArgumentException("Нет этапа мониторинга " + stage);
	}

	/** One question. */
	public record Question(String code, String text, Kind kind) {

		public enum Kind {
			SCALE, YES_NO
		}

		public boolean accepts(int answer) {
			return kind == Kind.SCALE ? answer >= 1 && answer <= 10 : answer == 0 || answer == 1;
		}
	}

	/** Whether stage 2 answers were given before or after the programme. */
	public enum Phase {
		BEFORE, AFTER
	}
}
