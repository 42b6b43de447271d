package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the analytical report (аналитическая справка) states, computed from the projections at the report's date
 * and frozen with the report.
 */
public record ReportContent(String tenantName, String authority, LocalDate date, int schoolYear,
		List<IndicatorLine> indicators, List<SchoolLine> schools, List<FormLine> forms, List<StaffLine> staff,
		int activeMentors, int trainedMentors, int teacherMentorsOfYoung, int schoolsTotal, int schoolsLackingDocuments,
		BigDecimal shareLackingDocuments, List<String> readinessGaps, List<String> findings) {

	/** An indicator against its target, with its values at earlier reporting dates. */
	public record IndicatorLine(String code, String name, int numerator, int denominator, BigDecimal value,
			BigDecimal target, LocalDate targetDate, Boolean onTrack, List<TrendPoint> trend) {
	}

	public record TrendPoint(LocalDate date, BigDecimal value, BigDecimal target) {
	}

	/** One school: contingent, involvement, staff, readiness gaps. */
	public record SchoolLine(String name, int pupils, int pupilsInvolved, BigDecimal pupilsShare, int teachers,
			int youngTeachers, int mentors, String missing) {
	}

	public record FormLine(String code, String name, int activePairs, int participants) {
	}

	/** Young teachers' share of the teaching staff in one school year. */
	public record StaffLine(int schoolYear, int teachers, int youngTeachers, BigDecimal share) {
	}

	public ReportContent withFindings(List<String> newFindings) {
		return new ReportContent(tenantName, authority, date, schoolYear, indicators, schools, forms, staff,
				activeMentors, trainedMentors, teacherMentorsOfYoung, schoolsTotal, schoolsLackingDocuments,
				shareLackingDocuments, readinessGaps, newFindings);
	}
}
