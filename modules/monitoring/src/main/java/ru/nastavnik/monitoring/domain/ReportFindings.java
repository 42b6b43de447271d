package ru.nastavnik.monitoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings a department states in its monitoring report (as Sasovo's of August 2020), written from data: young
 * teachers and their share of the staff per school year, the forms in use and the prevailing one, how many mentors
 * help young teachers, training of mentors, schools lacking documents, each indicator against its target.
 */
public final class ReportFindings {

	private ReportFindings() {
	}

	public static List<String> of(ReportContent c) {
		var out = new ArrayList<String>();
		for (var staff : c.staff()) {
			if (staff.teachers() > 0) {
				out.add("В " + SchoolYear.label(staff.schoolYear()) + " учебном году количество молодых учителей составило "
						+ RussianText.people(staff.youngTeachers()) + ", или " + RussianText.percent(staff.share())
						+ " от общего количества педагогических работников.");
			}
		}
		var used = c.forms().stream().filter(f -> f.activePairs() > 0).toList();
		if (used.isEmpty()) {
			out.add("На " + RussianText.date(c.date()) + " действующих наставнических пар и групп нет.");
		}
		else {
			var prevailing = used.stream().max(Comparator.comparingInt(ReportContent.FormLine::activePairs)).orElseThrow();
			var list = String.join(", ", used.stream()
				.map(f -> "«" + f.name() + "» — " + RussianText.number(f.activePairs()) + " "
						+ RussianText.plural(f.activePairs(), "пара", "пары", "пар"))
				.toList());
			out.add("В образовательных организациях применяются формы наставничества: " + list + "; преобладает форма «"
					+ prevailing.name() + "».");
		}
		out.add("Помощь молодым учителям в процессе их профессионального становления оказывают "
				+ RussianText.number(c.teacherMentorsOfYoung()) + " " + RussianText.plural(c.teacherMentorsOfYoung(), "педагог-наставник",
						"педагога-наставника", "педагогов-наставников")
				+ "; всего наставников в действующих парах — " + RussianText.number(c.activeMentors()) + ", из них прошли обучение — "
				+ RussianText.number(c.trainedMentors()) + " ("+ RussianText.percent(Percent.of(c.trainedMentors(), c.activeMentors())) + ").");
		if (c.schoolsTotal() > 0) {
			if (c.schoolsLackingDocuments() == 0) {
				out.add("Во всех " + RussianText.number(c.schoolsTotal()) + " образовательных организациях имеется документация, регламентирующая деятельность наставников.");
			}
			else {
				out.add("В некоторых школах (" + RussianText.percent(c.shareLackingDocuments()) + ", "
						+ RussianText.number(c.schoolsLackingDocuments()) + " из " + RussianText.number(c.schoolsTotal()) + ") отсутствует документация, регламентирующая деятельность педагогов-наставников"
						+ (c.readinessGaps().isEmpty() ? "." : ": " + String.join("; ", c.readinessGaps()) + "."));
			}
		}
		for (var line : c.indicators()) {
			if (line.value() == null) {
				continue;
			}
			var text = new StringBuilder("Показатель «").append(line.name()).append("» на ")
				.append(RussianText.date(c.date())).append(" составил ").append(RussianText.percent(line.value()));
			if (line.target() != null) {
				text.append(" при целевом значении не менее ").append(RussianText.percent(line.target())).append(" на ")
					.append(RussianText.date(line.targetDate()))
					.append(Boolean.TRUE.equals(line.onTrack()) ? " — целевое значение достигнуто" : " — целевое значение не достигнуто");
			}
			out.add(text.append('.').toString());
		}
		return out;
	}

	/** The recommendations a coordinator starts from and edits before approving. */
	public static String draftConclusions(ReportContent c) {
		var out = new ArrayList<String>();
		boolean behind = c.indicators().stream().anyMatch(l -> Boolean.FALSE.equals(l.onTrack()));
		if (behind) {
			out.add("Руководителям образовательных организаций обеспечить вовлечение обучающихся и педагогов в различные формы наставничества для достижения целевых показателей.");
		}
		if (c.schoolsLackingDocuments() > 0) {
			out.add("Руководителям образовательных организаций, в которых отсутствует документация, регламентирующая деятельность наставников, принять её до конца текущего учебного года.");
		}
		if (c.activeMentors() > c.trainedMentors()) {
			out.add("Организовать обучение наставников, не прошедших обучение.");
		}
		out.add("Продолжить внутренний мониторинг реализации программ наставничества и распространение лучших наставнических практик.");
		var text = new StringBuilder();
		for (int i = 0; i < out.size(); i++) {
			text.append(i + 1).append(". ").append(out.get(i)).append('\n');
		}
		return text.toString().strip();
	}
}
