package ru.nastavnik.monitoring.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.domain.ContingentFigures;
import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;
import ru.nastavnik.monitoring.domain.IndicatorDefinition;
import ru.nastavnik.monitoring.domain.IndicatorStore;
import ru.nastavnik.monitoring.domain.IndicatorValue;
import ru.nastavnik.monitoring.domain.InvolvementCounts;
import ru.nastavnik.monitoring.domain.Organization;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.monitoring.domain.SchoolYear;
import ru.nastavnik.monitoring.domain.Target;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;

/**
 * The tenant's indicators: definitions with targets, and their live values at a date — for the municipality, a
 * school, or a form — from the pre-aggregated counters against the contingent of the school year containing the date.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

	/** One school's contingent and indicator values. */
	public record SchoolValues(Organization organization, ContingentFigures contingent, List<IndicatorValue> values) {
	}

	/** One form's active pairs, participants and the indicators restricted to it. */
	public record FormValues(String formCode, String formName, int activePairs, int participants,
			List<IndicatorValue> values) {
	}

	/**
	 * The teaching staff and its young teachers (under 35, up to 3 years of service) in the school year containing the
	 * date, from the registry's contingent — the share the department's report states (24 of 153 → 15,7 %).
	 */
	public record StaffShare(String schoolYear, int teachers, int youngTeachers, BigDecimal youngTeachersShare) {
	}

	private final IndicatorStore indicators;

	private final ProjectionStore projections;

	public IndicatorService(IndicatorStore indicators, ProjectionStore projections) {
		this.indicators = indicators;
		this.projections = projections;
	}

	/** Seeds the tenant's indicators (its own from its seed document and the methodology's); idempotent by code. */
	@Transactional
	public void seed(String slug) {
		var existing = new HashSet<String>();
		indicators.definitions().forEach(d -> existing.add(d.code()));
		for (IndicatorDefinition d : IndicatorCatalogue.forTenant(slug)) {
			if (!existing.contains(d.code())) {
				indicators.save(d);
			}
		}
	}

	public List<IndicatorDefinition> definitions() {
		return indicators.definitions();
	}

	public IndicatorDefinition definition(String code) {
		return definitions().stream().filter(d -> d.code().equals(code)).findFirst()
			.orElseThrow(() -> new NotFoundProblem("Показатель «" + code + "» не найден"));
	}

	/** Values at a date for the municipality ({@code organizationId} null) or one school, optionally one form. */
	public List<IndicatorValue> values(LocalDate date, UUID organizationId, String formCode) {
		return evaluate(definitions(), date, counts(date, organizationId), contingent(date, organizationId), formCode);
	}

	/**
	 * The values, and young teachers' share of the teaching staff, for the municipality ({@code organizationId} null) or
	 * one school: the indicators' page and API.
	 */
	public record Overview(List<IndicatorValue> values, StaffShare staff) {
	}

	/** {@link #values} and {@link #staff} in one transaction, the contingent read once. */
	public Overview overview(LocalDate date, UUID organizationId, String formCode) {
		ContingentFigures contingent = contingent(date, organizationId);
		return new Overview(evaluate(definitions(), date, counts(date, organizationId), contingent, formCode),
				staff(date, contingent));
	}

	private ContingentFigures contingent(LocalDate date, UUID organizationId) {
		var byOrganization = projections.contingent(SchoolYear.startOf(date));
		return organizationId == null
				? byOrganization.values().stream().reduce(ContingentFigures.NONE, ContingentFigures::plus)
				: byOrganization.getOrDefault(organizationId, ContingentFigures.NONE);
	}

	private InvolvementCounts counts(LocalDate date, UUID organizationId) {
		return organizationId == null ? projections.tenantCounts(date)
				: projections.schoolCounts(date).getOrDefault(organizationId, InvolvementCounts.EMPTY);
	}

	private static StaffShare staff(LocalDate date, ContingentFigures c) {
		return new StaffShare(SchoolYear.label(SchoolYear.startOf(date)), c.teachers(), c.youngTeachers(),
				ru.nastavnik.monitoring.domain.Percent.of(c.youngTeachers(), c.teachers()));
	}

	/** Evaluates definitions; with a form, only those counting any form (restricted to it) or that very form. */
	public static List<IndicatorValue> evaluate(List<IndicatorDefinition> definitions, LocalDate date,
			InvolvementCounts counts, ContingentFigures contingent, String formCode) {
		var out = new ArrayList<IndicatorValue>();
		for (IndicatorDefinition d : definitions) {
			if (formCode == null) {
				out.add(d.evaluate(date, counts, contingent));
			}
			else if (d.numerator().formCode() == null || d.numerator().formCode().equals(formCode)) {
				var restricted = new IndicatorDefinition(d.id(), d.code(), d.name(), d.description(), d.source(),
						d.sortOrder(), d.numerator().withForm(formCode), d.denominator(), d.targets());
				out.add(restricted.evaluate(date, counts, contingent));
			}
		}
		return out;
	}

	public List<SchoolValues> bySchool(LocalDate date) {
		int year = SchoolYear.startOf(date);
		var contingent = projections.contingent(year);
		var counts = projections.schoolCounts(date);
		var defs = definitions();
		var out = new ArrayList<SchoolValues>();
		for (Organization o : projections.organizations()) {
			var c = contingent.getOrDefault(o.id(), ContingentFigures.NONE);
			out.add(new SchoolValues(o, c, evaluate(defs, date, counts.getOrDefault(o.id(), InvolvementCounts.EMPTY), c, null)));
		}
		return out;
	}

	public List<FormValues> byForm(LocalDate date) {
		int year = SchoolYear.startOf(date);
		var contingent = projections.contingent(year).values().stream().reduce(ContingentFigures.NONE, ContingentFigures::plus);
		var counts = projections.tenantCounts(date);
		var pairs = projections.activePairsByForm(date);
		var participants = projections.participantsByForm(date);
		var forms = new TreeSet<String>(pairs.keySet());
		forms.addAll(participants.keySet());
		var defs = definitions();
		return forms.stream()
			.map(f -> new FormValues(f, Forms.name(f), pairs.getOrDefault(f, 0), participants.getOrDefault(f, 0),
					evaluate(defs, date, counts, contingent, f)))
			.toList();
	}

	/** Replaces an indicator's targets (coordinator); values are percentages 0–100, one target per date. */
	@Transactional
	public IndicatorDefinition updateTargets(String code, List<Target> targets) {
		var definition = definition(code);
		var errors = new ArrayList<BusinessRuleProblem.FieldError>();
		var dates = new HashSet<LocalDate>();
		for (int i = 0; i < targets.size(); i++) {
			Target t = targets.get(i);
			if (t.date() == null) {
				errors.add(new BusinessRuleProblem.FieldError("targets[" + i + "].date", "Укажите дату целевого значения"));
				continue;
			}
			if (!dates.add(t.date())) {
				errors.add(new BusinessRuleProblem.FieldError("targets[" + i + "].date", "Дата целевого значения повторяется"));
			}
			BigDecimal v = t.value();
			if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)) {
				errors.add(new BusinessRuleProblem.FieldError("targets[" + i + "].value",
						"Целевое значение — процент от 0 до 100"));
			}
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Целевые значения не сохранены: исправьте ошибки", errors);
		}
		indicators.replaceTargets(definition.id(), targets.stream().filter(Objects::nonNull).toList());
		return definition(code);
	}

	/** The regional summary's inputs for the tenants in scope. */
	Map<UUID, List<IndicatorDefinition>> definitionsByTenant() {
		return indicators.definitionsByTenant();
	}
}
