package ru.nastavnik.monitoring.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.monitoring.application.ProjectionRebuild;
import ru.nastavnik.monitoring.application.QualityService;
import ru.nastavnik.monitoring.application.ReportService;
import ru.nastavnik.monitoring.application.SnapshotService;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;
import ru.nastavnik.monitoring.domain.IndicatorDefinition;
import ru.nastavnik.monitoring.domain.IndicatorValue;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.Questionnaire;
import ru.nastavnik.monitoring.domain.QuestionnaireResults;
import ru.nastavnik.monitoring.domain.ReadinessItem;
import ru.nastavnik.monitoring.domain.ReadinessOverview;
import ru.nastavnik.monitoring.domain.Report;
import ru.nastavnik.monitoring.domain.ReportContent;
import ru.nastavnik.monitoring.domain.SchoolYear;
import ru.nastavnik.monitoring.domain.Snapshot;
import ru.nastavnik.monitoring.domain.Target;
import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;

/** The municipality's monitoring over REST: indicators, targets, snapshots, questionnaires, readiness, reports. */
@RestController
@RequestMapping("/api/{tenant}/monitoring")
@Tag(name = "Мониторинг", description = "Целевые показатели, срезы, анкеты мониторинга, готовность ОО, аналитические справки")
class MonitoringApiController {

	private final IndicatorService indicators;

	private final SnapshotService snapshots;

	private final QualityService quality;

	private final ReportService reports;

	private final ProjectionRebuild rebuild;

	private final CurrentUsers users;

	MonitoringApiController(IndicatorService indicators, SnapshotService snapshots, QualityService quality,
			ReportService reports, ProjectionRebuild rebuild, CurrentUsers users) {
		this.indicators = indicators;
		this.snapshots = snapshots;
		this.quality = quality;
		this.reports = reports;
		this.rebuild = rebuild;
		this.users = users;
	}

	// ------------------------------------------------------------------ DTOs

	/** Indicator values at a date. */
	record IndicatorsResponse(LocalDate date, String schoolYear, UUID organizationId, String form,
			List<IndicatorValue> indicators, IndicatorService.StaffShare staff) {
	}

	/** An indicator's definition. */
	/** An indicator; {@code shortName} is its label where the name does not fit (tables, charts). */
	record DefinitionResponse(String code, String name, String shortName, String description, String source,
			String numerator, String denominator, List<Target> targets) {

		static DefinitionResponse of(IndicatorDefinition d) {
			return new DefinitionResponse(d.code(), d.name(), IndicatorCatalogue.shortName(d.code(), d.name()),
					d.description(), d.source(), d.numerator().describe(), d.denominator().title(), d.targets());
		}
	}

	record TargetsRequest(List<Target> targets) {
	}

	record SnapshotRequest(LocalDate date, String title) {
	}

	record SnapshotSummary(UUID id, LocalDate date, String title, java.time.Instant takenAt) {
	}

	record ResponseRequest(UUID programmeId, UUID organizationId, PairRole respondentRole, Questionnaire.Phase phase,
			Map<String, Integer> answers) {
	}

	record QuestionnaireView(int stage, String title, List<Questionnaire.Question> questions) {
	}

	record ConfirmationRequest(boolean confirmed, String document, LocalDate on) {
	}

	record ReadinessResponse(LocalDate date, int schools, long ready, long lackingDocuments, BigDecimal shareLackingDocuments,
			List<ru.nastavnik.monitoring.domain.SchoolReadiness> items) {

		static ReadinessResponse of(LocalDate date, ReadinessOverview o) {
			return new ReadinessResponse(date, o.schools().size(), o.ready(), o.lackingDocuments(), o.shareLackingDocuments(),
					o.schools());
		}
	}

	record ReportRequest(LocalDate date, String title) {
	}

	record ConclusionsRequest(String conclusions) {
	}

	record ReportSummary(UUID id, String title, LocalDate date, String status, LocalDate createdOn, LocalDate approvedOn) {

		static ReportSummary of(Report r) {
			return new ReportSummary(r.id(), r.title(), r.date(), r.status().name(), r.createdOn(), r.approvedOn());
		}
	}

	record ReportResponse(UUID id, String title, LocalDate date, String status, LocalDate approvedOn, String conclusions,
			ReportContent content) {

		static ReportResponse of(Report r) {
			return new ReportResponse(r.id(), r.title(), r.date(), r.status().name(), r.approvedOn(), r.conclusions(), r.content());
		}
	}

	// ------------------------------------------------------------------ access within the tenant

	private CurrentUser coordinator() {
		var user = users.require();
		if (!user.isCoordinator()) {
			throw new AccessDeniedProblem("Это действие доступно только муниципальному координатору");
		}
		return user;
	}

	/** A school curator sees only their school; the coordinator any (or the whole municipality). */
	private UUID organizationScope(UUID requested) {
		var user = users.require();
		return user.organizationScope().map(own -> {
			if (requested != null && !requested.equals(own)) {
				throw new AccessDeniedProblem("Куратор ОО видит показатели только своей организации");
			}
			return own;
		}).orElse(requested);
	}

	private static LocalDate orToday(LocalDate date) {
		return date == null ? LocalDate.now() : date;
	}

	// ------------------------------------------------------------------ indicators

	@GetMapping("/indicators")
	@Operation(summary = "Значения целевых показателей на дату (по муниципалитету, ОО или форме наставничества) с целевыми значениями")
	IndicatorsResponse indicators(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) UUID organizationId, @RequestParam(required = false) String form) {
		LocalDate on = orToday(date);
		UUID org = organizationScope(organizationId);
		return new IndicatorsResponse(on, SchoolYear.label(SchoolYear.startOf(on)), org, form, indicators.values(on, org, form),
				indicators.staff(on, org));
	}

	@GetMapping("/indicators/by-school")
	@Operation(summary = "Значения показателей по образовательным организациям на дату")
	List<IndicatorService.SchoolValues> bySchool(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		var own = users.require().organizationScope();
		return indicators.bySchool(orToday(date)).stream()
			.filter(s -> own.map(o -> o.equals(s.organization().id())).orElse(true))
			.toList();
	}

	@GetMapping("/indicators/by-form")
	@Operation(summary = "Действующие пары, участники и показатели по формам наставничества на дату")
	List<IndicatorService.FormValues> byForm(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return indicators.byForm(orToday(date));
	}

	@GetMapping("/indicators/definitions")
	@Operation(summary = "Определения показателей: кто учитывается, от какого контингента, целевые значения по датам")
	List<DefinitionResponse> definitions(@PathVariable String tenant) {
		return indicators.definitions().stream().map(DefinitionResponse::of).toList();
	}

	@PutMapping("/indicators/{code}/targets")
	@Operation(summary = "Заменить целевые значения показателя (координатор)")
	DefinitionResponse targets(@PathVariable String tenant, @PathVariable String code, @RequestBody TargetsRequest request) {
		coordinator();
		return DefinitionResponse.of(indicators.updateTargets(code, request.targets() == null ? List.of() : request.targets()));
	}

	// ------------------------------------------------------------------ snapshots

	@GetMapping("/snapshots")
	@Operation(summary = "Срезы показателей")
	List<SnapshotSummary> snapshots(@PathVariable String tenant) {
		return snapshots.list().stream().map(s -> new SnapshotSummary(s.id(), s.date(), s.title(), s.takenAt())).toList();
	}

	@PostMapping("/projections/rebuild")
	@Operation(summary = "Пересчитать показатели муниципалитета из журнала событий мониторинга (координатор)",
			description = "Заново строит проекции (участники, пары, счётчики вовлечённости, ОО, контингент, дорожная карта) "
					+ "из журнала событий, полученных модулем мониторинга; результат совпадает с накопленным. "
					+ "Срезы и справки не меняются. 422, если журнал муниципалитета неполон.")
	ProjectionRebuild.Result rebuildProjections(@PathVariable String tenant) {
		coordinator();
		return rebuild.rebuildFromJournal();
	}

	@PostMapping("/snapshots")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Зафиксировать срез всех показателей на отчётную дату (координатор); срез больше не меняется")
	Snapshot takeSnapshot(@PathVariable String tenant, @RequestBody SnapshotRequest request) {
		coordinator();
		return snapshots.take(request.date(), request.title());
	}

	@GetMapping("/snapshots/{id}")
	@Operation(summary = "Срез показателей: значения по муниципалитету и по ОО")
	Snapshot snapshot(@PathVariable String tenant, @PathVariable UUID id) {
		var snapshot = snapshots.get(id);
		var own = users.require().organizationScope();
		if (own.isEmpty()) {
			return snapshot;
		}
		return new Snapshot(snapshot.id(), snapshot.date(), snapshot.title(), snapshot.takenAt(), snapshot.values().stream()
			.filter(v -> v.organizationId() == null || v.organizationId().equals(own.get()))
			.toList());
	}

	// ------------------------------------------------------------------ questionnaires

	@GetMapping("/questionnaires")
	@Operation(summary = "Анкеты двух этапов мониторинга (качество процесса; рост участников)")
	List<QuestionnaireView> questionnaires(@PathVariable String tenant) {
		return java.util.Arrays.stream(Questionnaire.values())
			.map(q -> new QuestionnaireView(q.stage(), q.title(), q.questions()))
			.toList();
	}

	@PostMapping("/questionnaires/{stage}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Принять заполненную анкету участника программы (без указания личности, только роль)")
	Map<String, Object> respond(@PathVariable String tenant, @PathVariable int stage, @RequestBody ResponseRequest request) {
		var user = users.require();
		UUID org = user.organizationScope().orElse(request.organizationId());
		var saved = quality.submit(stage, request.programmeId(), org, request.respondentRole(), request.phase(),
				request.answers(), LocalDate.now());
		return Map.of("id", saved.id(), "stage", stage);
	}

	@GetMapping("/questionnaires/{stage}/results")
	@Operation(summary = "Сводные результаты анкетирования: средние оценки, доли; по программе и/или ОО; не менее 3 ответов")
	QuestionnaireResults results(@PathVariable String tenant, @PathVariable int stage,
			@RequestParam(required = false) UUID programmeId, @RequestParam(required = false) UUID organizationId) {
		if (stage != 1 && stage != 2) {
			throw ru.nastavnik.platform.BusinessRuleProblem.invalid("stage", "Этап мониторинга — 1 или 2");
		}
		return quality.results(stage, programmeId, organizationScope(organizationId));
	}

	// ------------------------------------------------------------------ readiness

	@GetMapping("/readiness")
	@Operation(summary = "Готовность ОО: куратор, положение, дорожная карта, программа, приказ о закреплении пар; доля ОО без документов")
	ReadinessResponse readiness(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LocalDate on = orToday(date);
		return ReadinessResponse.of(on, quality.readiness(on));
	}

	@PutMapping("/readiness/{organizationId}/{item}")
	@Operation(summary = "Подтвердить вручную пункт готовности ОО (например, принятое положение о наставничестве), координатор")
	ResponseEntity<Void> confirm(@PathVariable String tenant, @PathVariable UUID organizationId, @PathVariable String item,
			@RequestBody ConfirmationRequest request) {
		coordinator();
		ReadinessItem readinessItem;
		try {
			readinessItem = ReadinessItem.valueOf(item);
		}
		catch (IllegalArgumentException e) {
			throw ru.nastavnik.platform.BusinessRuleProblem.invalid("item", "Нет такого пункта готовности: " + item);
		}
		quality.confirm(organizationId, readinessItem, request.confirmed(), request.document(),
				request.on() == null ? LocalDate.now() : request.on());
		return ResponseEntity.noContent().build();
	}

	// ------------------------------------------------------------------ reports

	@GetMapping("/reports")
	@Operation(summary = "Аналитические справки")
	List<ReportSummary> reports(@PathVariable String tenant) {
		coordinator();
		return reports.list().stream().map(ReportSummary::of).toList();
	}

	@PostMapping("/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Составить аналитическую справку на дату по данным мониторинга (координатор)")
	ReportResponse generate(@PathVariable String tenant, @RequestBody ReportRequest request) {
		coordinator();
		return ReportResponse.of(reports.generate(request.date(), request.title()));
	}

	@GetMapping("/reports/{id}")
	@Operation(summary = "Аналитическая справка: содержание, выводы, статус")
	ReportResponse report(@PathVariable String tenant, @PathVariable UUID id) {
		coordinator();
		return ReportResponse.of(reports.get(id));
	}

	@PutMapping("/reports/{id}/conclusions")
	@Operation(summary = "Изменить выводы и рекомендации справки до утверждения (координатор)")
	ReportResponse conclusions(@PathVariable String tenant, @PathVariable UUID id, @RequestBody ConclusionsRequest request) {
		coordinator();
		return ReportResponse.of(reports.editConclusions(id, request.conclusions()));
	}

	@PostMapping("/reports/{id}/approve")
	@Operation(summary = "Утвердить справку (координатор): публикует событие ReportApproved с основными показателями")
	ReportResponse approve(@PathVariable String tenant, @PathVariable UUID id) {
		coordinator();
		return ReportResponse.of(reports.approve(id));
	}

	@GetMapping("/reports/{id}/docx")
	@Operation(summary = "Справка в формате DOCX")
	ResponseEntity<byte[]> docx(@PathVariable String tenant, @PathVariable UUID id) {
		coordinator();
		return download(reports.docx(id), "spravka-" + id + ".docx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@GetMapping("/reports/{id}/pdf")
	@Operation(summary = "Справка в формате PDF")
	ResponseEntity<byte[]> pdf(@PathVariable String tenant, @PathVariable UUID id) {
		coordinator();
		return download(reports.pdf(id), "spravka-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(type)
			.body(body);
	}
}
