package ru.nastavnik.monitoring.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.ReportApproved;
import ru.nastavnik.monitoring.domain.ContingentFigures;
import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorDefinition;
import ru.nastavnik.monitoring.domain.InvolvementCounts;
import ru.nastavnik.monitoring.domain.Numerator;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.Percent;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.monitoring.domain.ReadinessItem;
import ru.nastavnik.monitoring.domain.Report;
import ru.nastavnik.monitoring.domain.ReportContent;
import ru.nastavnik.monitoring.domain.ReportDocuments;
import ru.nastavnik.monitoring.domain.ReportFindings;
import ru.nastavnik.monitoring.domain.ReportStore;
import ru.nastavnik.monitoring.domain.RussianText;
import ru.nastavnik.monitoring.domain.SchoolYear;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;

/**
 * The analytical report (аналитическая справка): generated from the projections at a date (content frozen with the
 * report), conclusions edited by the coordinator, approved — which publishes {@link ReportApproved} — and written as
 * DOCX or PDF.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private static final Numerator PUPILS = new Numerator("PUPIL", null, null, Set.of(), null, null);

	private static final Numerator MENTORS = new Numerator(null, PairRole.MENTOR, null, Set.of(), null, null);

	private final ReportStore reports;

	private final IndicatorService indicators;

	private final QualityService quality;

	private final ProjectionStore projections;

	private final ReportDocuments documents;

	private final TenantDirectory tenants;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ReportService(ReportStore reports, IndicatorService indicators, QualityService quality,
			ProjectionStore projections, ReportDocuments documents, TenantDirectory tenants,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.reports = reports;
		this.indicators = indicators;
		this.quality = quality;
		this.projections = projections;
		this.documents = documents;
		this.tenants = tenants;
		this.events = events;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@Transactional
	public Report generate(LocalDate date, String title) {
		if (date == null) {
			throw BusinessRuleProblem.invalid("date", "Укажите дату, на которую составляется справка");
		}
		String name = title == null || title.isBlank() ? "Аналитическая справка по итогам мониторинга на " + RussianText.date(date)
				: title.strip();
		if (name.length() > 300) {
			throw BusinessRuleProblem.invalid("title", "Название справки — не длиннее 300 знаков");
		}
		var content = compose(date);
		var report = new Report(UUID.randomUUID(), name, date, Report.Status.DRAFT, content,
				ReportFindings.draftConclusions(content), LocalDate.now(clock), null);
		reports.save(report);
		return report;
	}

	/** Everything the report states, from data. */
	ReportContent compose(LocalDate date) {
		var tenant = tenants.require(TenantContext.require());
		int year = SchoolYear.startOf(date);
		var definitions = indicators.definitions();
		var countsCache = new HashMap<LocalDate, InvolvementCounts>();
		var contingentCache = new HashMap<Integer, ContingentFigures>();
		var lines = new ArrayList<ReportContent.IndicatorLine>();
		for (IndicatorDefinition d : definitions) {
			var now = d.evaluate(date, counts(date, countsCache), contingent(year, contingentCache));
			var trend = new ArrayList<ReportContent.TrendPoint>();
			for (LocalDate point : trendDates(d, date)) {
				var v = d.evaluate(point, counts(point, countsCache), contingent(SchoolYear.startOf(point), contingentCache));
				trend.add(new ReportContent.TrendPoint(point, v.value(), v.target()));
			}
			lines.add(new ReportContent.IndicatorLine(d.code(), d.name(), now.numerator(), now.denominator(), now.value(),
					now.target(), now.targetDate(), now.onTrack(), trend));
		}
		var readiness = quality.readiness(date);
		var missingBySchool = new HashMap<UUID, String>();
		readiness.schools().forEach(s -> missingBySchool.put(s.organizationId(),
				String.join("; ", s.missing().stream().map(ReadinessItem::title).toList())));
		var schoolContingent = projections.contingent(year);
		var schoolCounts = projections.schoolCounts(date);
		var schools = new ArrayList<ReportContent.SchoolLine>();
		for (var o : projections.organizations()) {
			var c = schoolContingent.getOrDefault(o.id(), ContingentFigures.NONE);
			var counts = schoolCounts.getOrDefault(o.id(), InvolvementCounts.EMPTY);
			int involved = counts.count(PUPILS);
			schools.add(new ReportContent.SchoolLine(o.label(), c.pupilsTotal(), involved, Percent.of(involved, c.pupilsTotal()),
					c.teachers(), c.youngTeachers(), counts.count(MENTORS), missingBySchool.getOrDefault(o.id(), "")));
		}
		var pairs = projections.activePairsByForm(date);
		var participants = projections.participantsByForm(date);
		var formCodes = new TreeSet<String>(pairs.keySet());
		formCodes.addAll(participants.keySet());
		var forms = formCodes.stream()
			.map(f -> new ReportContent.FormLine(f, Forms.name(f), pairs.getOrDefault(f, 0), participants.getOrDefault(f, 0)))
			.toList();
		var staff = new ArrayList<ReportContent.StaffLine>();
		for (int y : List.of(year - 1, year)) {
			var c = contingent(y, contingentCache);
			if (c.teachers() > 0) {
				staff.add(new ReportContent.StaffLine(y, c.teachers(), c.youngTeachers(), Percent.of(c.youngTeachers(), c.teachers())));
			}
		}
		var tenantCounts = counts(date, countsCache);
		int mentors = tenantCounts.count(MENTORS);
		int trained = tenantCounts.count(new Numerator(null, PairRole.MENTOR, null, Set.of(), null, true));
		int teacherMentors = tenantCounts.count(new Numerator("TEACHER", PairRole.MENTOR, Forms.TEACHER_TEACHER, Set.of(), null, null));
		var gaps = new ArrayList<String>();
		for (ReadinessItem item : ReadinessItem.values()) {
			long lacking = readiness.schools().stream().filter(s -> !s.met(item)).count();
			if (item.document() && lacking > 0) {
				gaps.add(item.title().substring(0, 1).toLowerCase() + item.title().substring(1) + " — нет в " + lacking + " ОО");
			}
		}
		var content = new ReportContent(tenant.name(), tenant.authority(), date, year, lines, schools, forms, staff, mentors,
				trained, teacherMentors, readiness.schools().size(), (int) readiness.lackingDocuments(),
				readiness.shareLackingDocuments(), gaps, List.of());
		return content.withFindings(ReportFindings.of(content));
	}

	/** Each target date up to the report's date, or the year ends before it; and the date itself. */
	private static List<LocalDate> trendDates(IndicatorDefinition d, LocalDate date) {
		var dates = new TreeSet<LocalDate>();
		d.targets().stream().map(t -> t.date()).filter(t -> t.isBefore(date)).forEach(dates::add);
		if (dates.isEmpty()) {
			for (int y = date.getYear() - 3; y < date.getYear(); y++) {
				dates.add(LocalDate.of(y, 12, 31));
			}
		}
		dates.add(date);
		return List.copyOf(dates);
	}

	private InvolvementCounts counts(LocalDate date, Map<LocalDate, InvolvementCounts> cache) {
		return cache.computeIfAbsent(date, projections::tenantCounts);
	}

	private ContingentFigures contingent(int year, Map<Integer, ContingentFigures> cache) {
		return cache.computeIfAbsent(year, y -> projections.contingent(y).values().stream()
			.reduce(ContingentFigures.NONE, ContingentFigures::plus));
	}

	public List<Report> list() {
		return reports.list();
	}

	public Report get(UUID id) {
		return reports.byId(id).orElseThrow(() -> new NotFoundProblem("Аналитическая справка не найдена"));
	}

	@Transactional
	public Report editConclusions(UUID id, String conclusions) {
		var report = get(id);
		if (report.approved()) {
			throw BusinessRuleProblem.conflict("conclusions", "Справка уже утверждена: выводы не меняются");
		}
		if (conclusions == null || conclusions.isBlank()) {
			throw BusinessRuleProblem.invalid("conclusions", "Выводы и рекомендации не могут быть пустыми");
		}
		if (conclusions.length() > 20_000) {
			throw BusinessRuleProblem.invalid("conclusions", "Выводы — не длиннее 20 000 знаков");
		}
		var edited = report.withConclusions(conclusions.strip());
		reports.save(edited);
		return edited;
	}

	@Transactional
	public Report approve(UUID id) {
		var report = get(id);
		if (report.approved()) {
			throw BusinessRuleProblem.conflict("status", "Справка уже утверждена " + RussianText.date(report.approvedOn()));
		}
		var approved = report.approve(LocalDate.now(clock));
		reports.save(approved);
		var headlines = approved.content().indicators().stream()
			.map(l -> new ReportApproved.Headline(l.code(), l.name(), l.value(), l.target(), "%"))
			.toList();
		events.publishEvent(new ReportApproved(TenantContext.require(), approved.id(), approved.title(), approved.date(),
				approved.approvedOn(), headlines, approved.conclusions()));
		return approved;
	}

	public byte[] docx(UUID id) {
		return documents.docx(get(id));
	}

	public byte[] pdf(UUID id) {
		return documents.pdf(get(id));
	}
}
