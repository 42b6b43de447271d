package ru.nastavnik.pairing.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import ru.nastavnik.pairing.adapter.in.web.PairingViews.CandidateView;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.ConstraintView;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.FormView;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.OrderView;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.PairView;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.ProgrammeView;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.ProposalSummary;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.ProposalView;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.QuestionView;
import ru.nastavnik.pairing.application.MatchingService;
import ru.nastavnik.pairing.application.OrderService;
import ru.nastavnik.pairing.application.PairService;
import ru.nastavnik.pairing.application.ProgrammeService;
import ru.nastavnik.pairing.application.QuestionnaireService;
import ru.nastavnik.pairing.domain.MilestoneStatus;
import ru.nastavnik.pairing.domain.matching.PairKey;
import ru.nastavnik.platform.BusinessRuleProblem;

/** The pairing module's API: forms, programmes, candidates, questionnaire, matching and curator's edits, pairs, orders. */
@RestController
@RequestMapping("/api/{tenant}/pairing")
@Tag(name = "Наставнические пары", description = "Формы наставничества, программы, анкета совместимости, подбор пар, приказы")
public class PairingApiController {

	private final ProgrammeService programmes;

	private final QuestionnaireService questionnaire;

	private final MatchingService matching;

	private final PairService pairs;

	private final OrderService orders;

	private final PairingViews views;

	PairingApiController(ProgrammeService programmes, QuestionnaireService questionnaire, MatchingService matching,
			PairService pairs, OrderService orders, PairingViews views) {
		this.programmes = programmes;
		this.questionnaire = questionnaire;
		this.matching = matching;
		this.pairs = pairs;
		this.orders = orders;
		this.views = views;
	}

	public record PairRequest(UUID mentorId, UUID menteeId) {

		PairKey key() {
			if (mentorId == null || menteeId == null) {
				throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Укажите наставника и наставляемого",
						List.of(new BusinessRuleProblem.FieldError(mentorId == null ? "mentorId" : "menteeId", "Не указан")));
			}
			return new PairKey(mentorId, menteeId);
		}
	}

	public record OrderRequest(String number, LocalDate date) {
	}

	public record OutcomeRequest(LocalDate on, String text) {
	}

	public record MilestoneRequest(String title, LocalDate dueOn) {
	}

	public record MilestoneStatusRequest(MilestoneStatus status, String note) {
	}

	public record PlanRequest(String title) {
	}

	// ---- forms

	@GetMapping("/forms")
	@Operation(summary = "Формы наставничества муниципалитета (пять форм методологии и свои)")
	public List<FormView> forms() {
		return programmes.forms().stream().map(FormView::of).toList();
	}

	@PostMapping("/forms")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Добавить свою форму наставничества (координатор)")
	public FormView addForm(@RequestBody ProgrammeService.NewForm request) {
		return FormView.of(programmes.addForm(request));
	}

	public record SettingsView(boolean onlyTrainedMentors) {
	}

	public record SettingsRequest(Boolean onlyTrainedMentors) {
	}

	@GetMapping("/settings")
	@Operation(summary = "Настройки подбора пар муниципалитета (только обученные наставники)")
	public SettingsView settings() {
		return new SettingsView(programmes.settings().onlyTrainedMentors());
	}

	@PutMapping("/settings")
	@Operation(summary = "Изменить настройки подбора пар (координатор)")
	public SettingsView changeSettings(@RequestBody SettingsRequest request) {
		if (request.onlyTrainedMentors() == null) {
			throw BusinessRuleProblem.invalid("onlyTrainedMentors", "Укажите, предлагать ли только обученных наставников");
		}
		return new SettingsView(programmes.requireTrainedMentors(request.onlyTrainedMentors()).onlyTrainedMentors());
	}

	// ---- programmes

	@GetMapping("/programmes")
	@Operation(summary = "Программы наставничества (куратору ОО — только своей организации)")
	public List<ProgrammeView> programmes() {
		return programmes.programmes().stream().map(views::programme).toList();
	}

	@PostMapping("/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Открыть программу наставничества организации")
	public ProgrammeView open(@RequestBody ProgrammeService.NewProgramme request) {
		return views.programme(programmes.open(request));
	}

	@GetMapping("/programmes/{id}")
	@Operation(summary = "Программа наставничества")
	public ProgrammeView programme(@PathVariable UUID id) {
		return views.programme(programmes.programme(id));
	}

	@PutMapping("/programmes/{id}")
	@Operation(summary = "Изменить программу: название, период, цели, куратор")
	public ProgrammeView change(@PathVariable UUID id, @RequestBody ProgrammeService.ProgrammeChange request) {
		return views.programme(programmes.change(id, request));
	}

	@PutMapping("/programmes/{id}/weights")
	@Operation(summary = "Изменить веса критериев подбора пар программы, %: запросы и компетенции, совместимость по анкете, "
			+ "одна организация (каждый от 0 до 100, в сумме 100; по умолчанию 50 / 35 / 15)")
	public ProgrammeView changeWeights(@PathVariable UUID id, @RequestBody ProgrammeService.WeightsChange request) {
		return views.programme(programmes.changeWeights(id, request));
	}

	@PostMapping("/programmes/{id}/close")
	@Operation(summary = "Закрыть программу наставничества")
	public ProgrammeView close(@PathVariable UUID id, @RequestParam(required = false) LocalDate on) {
		return views.programme(programmes.close(id, on));
	}

	@GetMapping("/programmes/{id}/candidates")
	@Operation(summary = "Кандидаты программы: наставники и наставляемые (из событий реестра)",
			description = "questionnaireAnsweredOn — когда заполнена анкета совместимости (сам участник или куратор); "
					+ "null — не заполнена. Сами ответы — только в GET /participants/{id}/answers.")
	public List<CandidateView> candidates(@PathVariable UUID id) {
		var candidates = programmes.candidatesOf(id);
		return CandidateView.of(candidates,
				questionnaire.answeredOn(candidates.stream().map(ru.nastavnik.pairing.domain.Candidate::id).toList()));
	}

	// ---- questionnaire

	@GetMapping("/questionnaire/questions")
	@Operation(summary = "Вопросы анкеты совместимости")
	public List<QuestionView> questions() {
		return questionnaire.questions().stream().map(QuestionView::of).toList();
	}

	@PostMapping("/questionnaire/questions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Добавить вопрос анкеты (координатор)")
	public QuestionView addQuestion(@RequestBody QuestionnaireService.QuestionRequest request) {
		return QuestionView.of(questionnaire.add(request));
	}

	@PutMapping("/questionnaire/questions/{id}")
	@Operation(summary = "Изменить вопрос анкеты (координатор)")
	public QuestionView changeQuestion(@PathVariable UUID id, @RequestBody QuestionnaireService.QuestionRequest request) {
		return QuestionView.of(questionnaire.change(id, request));
	}

	@DeleteMapping("/questionnaire/questions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Убрать вопрос из анкеты (координатор)")
	public void removeQuestion(@PathVariable UUID id) {
		questionnaire.remove(id);
	}

	@GetMapping("/participants/{id}/answers")
	@Operation(summary = "Ответы участника на анкету (видны только куратору его организации и координатору)")
	public Map<UUID, List<String>> answers(@PathVariable UUID id) {
		return questionnaire.answers(id);
	}

	@PutMapping("/participants/{id}/answers")
	@Operation(summary = "Записать ответы участника на анкету (вопрос → выбранные варианты)")
	public Map<UUID, List<String>> answer(@PathVariable UUID id, @RequestBody Map<UUID, List<String>> chosen) {
		return questionnaire.answer(id, chosen);
	}

	// ---- matching and the curator's edits

	@PostMapping("/programmes/{id}/matching")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Подобрать пары для программы (оптимальное назначение) — предложение с объяснениями")
	public ProposalView run(@PathVariable UUID id, @RequestParam(required = false) String form) {
		return views.proposal(matching.run(id, form));
	}

	@GetMapping("/programmes/{id}/proposals")
	@Operation(summary = "Запуски подбора пар программы, новые первыми")
	public List<ProposalSummary> proposals(@PathVariable UUID id) {
		return matching.proposals(id).stream().map(ProposalSummary::of).toList();
	}

	@GetMapping("/proposals/{id}")
	@Operation(summary = "Предложение пар: пары с объяснением, неподобранные с причиной, альтернативы")
	public ProposalView proposal(@PathVariable UUID id) {
		return views.proposal(matching.proposal(id));
	}

	@PostMapping("/proposals/{id}/locks")
	@Operation(summary = "Закрепить пару: она останется при повторном подборе")
	public ConstraintView lock(@PathVariable UUID id, @RequestBody PairRequest request) {
		return ConstraintView.of(matching.lock(id, request.key()));
	}

	@PostMapping("/proposals/{id}/forbidden")
	@Operation(summary = "Запретить пару: подбор её больше не предложит")
	public ConstraintView forbid(@PathVariable UUID id, @RequestBody PairRequest request) {
		return ConstraintView.of(matching.forbid(id, request.key()));
	}

	@DeleteMapping("/proposals/{id}/constraints")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Снять закрепление или запрет пары")
	public void release(@PathVariable UUID id, @RequestParam UUID mentorId, @RequestParam UUID menteeId) {
		matching.release(id, new PairKey(mentorId, menteeId));
	}

	@PostMapping("/proposals/{id}/swap")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Передать наставляемого другому наставнику и подобрать остальных заново")
	public ProposalView swap(@PathVariable UUID id, @RequestBody PairRequest request) {
		PairKey key = request.key();
		return views.proposal(matching.swap(id, key.menteeId(), key.mentorId()));
	}

	@PostMapping("/proposals/{id}/rerun")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Повторить подбор с учётом закреплённых и запрещённых пар")
	public ProposalView rerun(@PathVariable UUID id) {
		return views.proposal(matching.rerun(id));
	}

	// ---- orders

	@PostMapping("/proposals/{id}/orders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Подготовить приказ о закреплении наставнических пар по предложению")
	public OrderView draftOrder(@PathVariable UUID id, @RequestBody OrderRequest request) {
		return views.order(orders.draft(id, request.number(), request.date()));
	}

	@GetMapping("/orders")
	@Operation(summary = "Приказы о закреплении наставнических пар")
	public List<OrderView> orders() {
		return orders.orders().stream().map(views::order).toList();
	}

	@GetMapping("/orders/{id}")
	@Operation(summary = "Приказ с его парами")
	public OrderView order(@PathVariable UUID id) {
		return views.order(orders.order(id));
	}

	@PostMapping("/orders/{id}/issue")
	@Operation(summary = "Издать приказ: его пары становятся действующими (одно событие на приказ)")
	public OrderView issue(@PathVariable UUID id) {
		return views.order(orders.issue(id));
	}

	@GetMapping("/orders/{id}/docx")
	@Operation(summary = "Приказ в формате DOCX")
	public ResponseEntity<byte[]> docx(@PathVariable UUID id) {
		return download(orders.docx(id), "prikaz-" + id + ".docx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@GetMapping("/orders/{id}/pdf")
	@Operation(summary = "Приказ в формате PDF")
	public ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return download(orders.pdf(id), "prikaz-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	// ---- pairs and individual plans

	@GetMapping("/pairs")
	@Operation(summary = "Наставнические пары и группы")
	public List<PairView> pairs() {
		return views.pairs(pairs.pairs());
	}

	@GetMapping("/pairs/{id}")
	@Operation(summary = "Пара или группа с индивидуальным планом")
	public PairView pair(@PathVariable UUID id) {
		return views.pair(pairs.pair(id));
	}

	@PostMapping("/pairs/{id}/complete")
	@Operation(summary = "Завершить пару с результатом")
	public PairView complete(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
		return views.pair(pairs.complete(id, request.on(), request.text()));
	}

	@PostMapping("/pairs/{id}/dissolve")
	@Operation(summary = "Расформировать пару с указанием причины")
	public PairView dissolve(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
		return views.pair(pairs.dissolve(id, request.on(), request.text()));
	}

	@PutMapping("/pairs/{id}/plan")
	@Operation(summary = "Название индивидуального плана (маршрута)")
	public PairView plan(@PathVariable UUID id, @RequestBody PlanRequest request) {
		return views.pair(pairs.planTitle(id, request.title()));
	}

	@PostMapping("/pairs/{id}/milestones")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Добавить этап индивидуального плана")
	public PairView addMilestone(@PathVariable UUID id, @RequestBody MilestoneRequest request) {
		return views.pair(pairs.addMilestone(id, request.title(), request.dueOn()));
	}

	@PostMapping("/pairs/{id}/milestones/{index}")
	@Operation(summary = "Отметить состояние этапа индивидуального плана (номер этапа с 0)")
	public PairView milestone(@PathVariable UUID id, @PathVariable String index, @RequestBody MilestoneStatusRequest request) {
		return views.pair(pairs.milestoneStatus(id, PairingViews.index(index), request.status(), request.note()));
	}
}
