package ru.nastavnik.monitoring.adapter.in.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.monitoring.application.ProjectionRebuild;
import ru.nastavnik.monitoring.application.QualityService;
import ru.nastavnik.monitoring.application.ReportService;
import ru.nastavnik.monitoring.application.SnapshotService;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;
import ru.nastavnik.monitoring.domain.IndicatorValue;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.Questionnaire;
import ru.nastavnik.monitoring.domain.ReadinessItem;
import ru.nastavnik.monitoring.domain.RussianText;
import ru.nastavnik.monitoring.domain.SchoolYear;
import ru.nastavnik.monitoring.domain.Target;
import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.web.RussianNumbers;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.web.RussianFormats;

/** The municipality's monitoring pages (Russian): indicators with charts, targets, snapshots, readiness, questionnaires, reports. */
@Controller
@RequestMapping("/t/{tenant}/monitoring")
class MonitoringPageController {

	private final IndicatorService indicators;

	private final SnapshotService snapshots;

	private final QualityService quality;

	private final ReportService reports;

	private static final RussianFormats FMT = new RussianFormats();

	private final ProjectionRebuild rebuild;

	private final CurrentUsers users;

	MonitoringPageController(IndicatorService indicators, SnapshotService snapshots, QualityService quality,
			ReportService reports, ProjectionRebuild rebuild, CurrentUsers users) {
		this.rebuild = rebuild;
		this.indicators = indicators;
		this.snapshots = snapshots;
		this.quality = quality;
		this.reports = reports;
		this.users = users;
	}

	private CurrentUser coordinator() {
		var user = users.require();
		if (!user.isCoordinator()) {
			throw new AccessDeniedProblem("Это действие доступно только муниципальному координатору");
		}
		return user;
	}

	private static String base(String tenant) {
		return "/t/" + tenant + "/monitoring";
	}

	/** The problem in one sentence: its message, then what is wrong with each field (a message not repeated). */
	static String problem(BusinessRuleProblem e) {
		var details = e.errors().stream().map(BusinessRuleProblem.FieldError::message)
			.filter(m -> !m.equals(e.getMessage())).distinct().toList();
		return details.isEmpty() ? e.getMessage() : e.getMessage() + ": " + String.join("; ", details);
	}

	/** An indicator's column or axis label: the short one shown, the full name as its tooltip and in the legend. */
	record IndicatorLabel(String code, String name, String shortName) {
	}

	// ------------------------------------------------------------------ indicators

	@GetMapping
	String indicators(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		var user = users.require();
		LocalDate on = date == null ? LocalDate.now() : date;
		var own = user.organizationScope().orElse(null);
		List<IndicatorValue> values = indicators.values(on, own, null);
		model.addAttribute("tenant", tenant);
		model.addAttribute("date", on);
		model.addAttribute("schoolYear", SchoolYear.label(SchoolYear.startOf(on)));
		model.addAttribute("values", values);
		model.addAttribute("staff", indicators.staff(on, own));
		model.addAttribute("definitions", indicators.definitions().stream()
			.map(d -> new IndicatorLabel(d.code(), d.name(), IndicatorCatalogue.shortName(d.code(), d.name()))).toList());
		model.addAttribute("chartValues", values.stream().map(v -> v.value() == null ? "" : v.value().toPlainString()).collect(Collectors.joining(";")));
		model.addAttribute("chartTargets", values.stream().map(v -> v.target() == null ? "" : v.target().toPlainString()).collect(Collectors.joining(";")));
		// the chart's axis takes the short labels, its tooltips the full names
		model.addAttribute("chartNames", values.stream().map(v -> IndicatorCatalogue.shortName(v.code(), v.name()))
			.collect(Collectors.joining(";")));
		model.addAttribute("chartTitles", values.stream().map(IndicatorValue::name).collect(Collectors.joining(";")));
		model.addAttribute("schools", indicators.bySchool(on).stream()
			.filter(s -> own == null || s.organization().id().equals(own)).toList());
		model.addAttribute("forms", indicators.byForm(on));
		model.addAttribute("snapshots", snapshots.list());
		model.addAttribute("coordinator", user.isCoordinator());
		return "monitoring/indicators";
	}

	// ------------------------------------------------------------------ targets

	@GetMapping("/targets")
	String targets(@PathVariable String tenant, Model model) {
		coordinator();
		model.addAttribute("tenant", tenant);
		model.addAttribute("definitions", indicators.definitions());
		return "monitoring/targets";
	}

	/**
	 * The rows of the targets form. The fields are read as the browser sent them, one value per row: bound to a
	 * {@code List<String>}, a single row's «10,5» would be split at its comma into «10» and «5».
	 */
	@PostMapping("/targets/{code}")
	String saveTargets(@PathVariable String tenant, @PathVariable String code,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		coordinator();
		List<String> dates = form.getOrDefault("targetDate", List.of());
		List<String> values = form.getOrDefault("targetValue", List.of());
		var targets = new ArrayList<Target>();
		var errors = new ArrayList<String>();
		for (int i = 0; i < dates.size(); i++) {
			String d = dates.get(i);
			String v = values.size() <= i ? null : values.get(i);
			if (d == null || d.isBlank()) {
				if (v != null && !v.isBlank()) {
					errors.add("строка " + (i + 1) + ": у значения «" + v.strip() + "» не указана дата");
				}
				continue;
			}
			try {
				LocalDate date = LocalDate.parse(d.strip());
				try {
					targets.add(new Target(date, RussianNumbers.decimal(v)));
				}
				catch (IllegalArgumentException e) {
					errors.add("строка " + (i + 1) + ": " + e.getMessage());
				}
			}
			catch (java.time.format.DateTimeParseException e) {
				errors.add("строка " + (i + 1) + ": дата «" + d.strip() + "» не распознана");
			}
		}
		if (!errors.isEmpty()) {
			flash.addFlashAttribute("problem", "Целевые значения не сохранены: " + String.join("; ", errors));
			return "redirect:" + base(tenant) + "/targets";
		}
		try {
			var d = indicators.updateTargets(code, targets);
			flash.addFlashAttribute("notice", "Целевые значения показателя «" + d.name() + "» сохранены");
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", problem(e));
		}
		return "redirect:" + base(tenant) + "/targets";
	}

	// ------------------------------------------------------------------ rebuild

	@PostMapping("/rebuild")
	String rebuildProjections(@PathVariable String tenant, RedirectAttributes flash) {
		coordinator();
		try {
			var result = rebuild.rebuildFromJournal();
			flash.addFlashAttribute("notice", "Показатели пересчитаны из журнала: событий — "
					+ FMT.number(result.events()) + ", участников — " + FMT.number(result.participants())
					+ ", пар — " + FMT.number(result.pairs()));
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", problem(e));
		}
		return "redirect:" + base(tenant);
	}

	// ------------------------------------------------------------------ snapshots

	@PostMapping("/snapshots")
	String takeSnapshot(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String title, RedirectAttributes flash) {
		coordinator();
		try {
			var snapshot = snapshots.take(date, title);
			flash.addFlashAttribute("notice", "Срез «" + snapshot.title() + "» зафиксирован");
			return "redirect:" + base(tenant) + "/snapshots/" + snapshot.id();
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", problem(e));
			return "redirect:" + base(tenant);
		}
	}

	@GetMapping("/snapshots/{id}")
	String snapshot(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		var user = users.require();
		var snapshot = snapshots.get(id);
		var names = new HashMap<UUID, String>();
		indicators.bySchool(snapshot.date()).forEach(s -> names.put(s.organization().id(), s.organization().label()));
		var own = user.organizationScope();
		model.addAttribute("tenant", tenant);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("municipal", snapshot.values().stream().filter(v -> v.organizationId() == null).toList());
		var bySchool = new LinkedHashMap<String, List<ru.nastavnik.monitoring.domain.Snapshot.Value>>();
		snapshot.values().stream()
			.filter(v -> v.organizationId() != null)
			.filter(v -> own.map(o -> o.equals(v.organizationId())).orElse(true))
			.forEach(v -> bySchool.computeIfAbsent(names.getOrDefault(v.organizationId(), v.organizationId().toString()),
					k -> new ArrayList<>()).add(v));
		model.addAttribute("bySchool", bySchool);
		return "monitoring/snapshot";
	}

	// ------------------------------------------------------------------ readiness

	@GetMapping("/readiness")
	String readiness(@PathVariable String tenant, Model model) {
		users.require();
		model.addAttribute("tenant", tenant);
		model.addAttribute("overview", quality.readiness(LocalDate.now()));
		model.addAttribute("items", ReadinessItem.values());
		model.addAttribute("coordinator", users.require().isCoordinator());
		return "monitoring/readiness";
	}

	@PostMapping("/readiness")
	String confirm(@PathVariable String tenant, @RequestParam UUID organizationId, @RequestParam ReadinessItem item,
			@RequestParam(defaultValue = "true") boolean confirmed, @RequestParam(required = false) String document,
			RedirectAttributes flash) {
		coordinator();
		try {
			quality.confirm(organizationId, item, confirmed, document, LocalDate.now());
			flash.addFlashAttribute("notice", "Отмечено: " + item.title());
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", problem(e));
		}
		return "redirect:" + base(tenant) + "/readiness";
	}

	// ------------------------------------------------------------------ questionnaires

	@GetMapping("/questionnaires")
	String questionnaires(@PathVariable String tenant, Model model) {
		var user = users.require();
		UUID own = user.organizationScope().orElse(null);
		model.addAttribute("tenant", tenant);
		model.addAttribute("questionnaires", Questionnaire.values());
		model.addAttribute("programmes", quality.programmesFor(own));
		model.addAttribute("results", List.of(quality.results(1, null, own), quality.results(2, null, own)));
		model.addAttribute("minimum", Questionnaire.MIN_RESPONDENTS);
		return "monitoring/questionnaires";
	}

	@PostMapping("/questionnaires/{stage}")
	String respond(@PathVariable String tenant, @PathVariable int stage, @RequestParam Map<String, String> form,
			RedirectAttributes flash) {
		var user = users.require();
		try {
			var answers = new LinkedHashMap<String, Integer>();
			form.forEach((k, v) -> {
				if (k.startsWith("q_") && v != null && !v.isBlank()) {
					answers.put(k.substring(2), Integer.valueOf(v.trim()));
				}
			});
			UUID programme = parseUuid(form.get("programmeId"), "programmeId", "Выберите программу наставничества из списка");
			UUID org = user.organizationScope().orElse(null);
			String role = form.get("respondentRole");
			String phase = form.get("phase");
			quality.submit(stage, programme, org, role == null || role.isBlank() ? null : PairRole.valueOf(role),
					phase == null || phase.isBlank() ? null : Questionnaire.Phase.valueOf(phase), answers, LocalDate.now());
			flash.addFlashAttribute("notice", "Анкета принята");
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", problem(e));
		}
		catch (IllegalArgumentException e) {
			flash.addFlashAttribute("problem", "Анкета не принята: ответы — числа из предложенных вариантов");
		}
		return "redirect:" + base(tenant) + "/questionnaires";
	}

	private static UUID parseUuid(String value, String field, String message) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException e) {
			throw BusinessRuleProblem.invalid(field, message);
		}
	}

	// ------------------------------------------------------------------ reports

	@GetMapping("/reports")
	String reports(@PathVariable String tenant, Model model) {
		coordinator();
		model.addAttribute("tenant", tenant);
		model.addAttribute("reports", reports.list());
		model.addAttribute("today", LocalDate.now());
		return "monitoring/reports";
	}

	@PostMapping("/reports")
	String generate(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String title, RedirectAttributes flash) {
		coordinator();
		try {
			var report = reports.generate(date, title);
			flash.addFlashAttribute("notice", "Справка составлена по данным на " + RussianText.date(report.date()));
			return "redirect:" + base(tenant) + "/reports/" + report.id();
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", problem(e));
			return "redirect:" + base(tenant) + "/reports";
		}
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		coordinator();
		var report = reports.get(id);
		model.addAttribute("tenant", tenant);
		model.addAttribute("report", report);
		model.addAttribute("c", report.content());
		return "monitoring/report";
	}

	@PostMapping("/reports/{id}/conclusions")
	String conclusions(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String conclusions,
			RedirectAttributes flash) {
		coordinator();
		try {
			reports.editConclusions(id, conclusions);
			flash.addFlashAttribute("notice", "Выводы сохранены");
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", problem(e));
		}
		return "redirect:" + base(tenant) + "/reports/" + id;
	}

	@PostMapping("/reports/{id}/approve")
	String approve(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes flash) {
		coordinator();
		try {
			var report = reports.approve(id);
			flash.addFlashAttribute("notice", "Справка утверждена " + RussianText.date(report.approvedOn()));
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", problem(e));
		}
		return "redirect:" + base(tenant) + "/reports/" + id;
	}
}
