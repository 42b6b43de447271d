package ru.nastavnik.pairing.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.pairing.application.Access;
import ru.nastavnik.pairing.application.MatchingService;
import ru.nastavnik.pairing.application.OrderService;
import ru.nastavnik.pairing.application.PairService;
import ru.nastavnik.pairing.application.ProgrammeService;
import ru.nastavnik.pairing.application.QuestionnaireService;
import ru.nastavnik.pairing.domain.MilestoneStatus;
import ru.nastavnik.pairing.domain.PairingOrder;
import ru.nastavnik.pairing.domain.Proposal;
import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.PairKey;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.web.RussianNumbers;

/**
 * Pages of the pairing module (Russian): programmes, candidates, the questionnaire, the proposal with its explanations
 * and the curator's edits, pairs with individual plans, orders. Plain forms (post, redirect, get); errors go to the
 * shell's Russian problem page.
 */
@Controller
@RequestMapping("/t/{tenant}/pairing")
public class PairingPageController {

	private final ProgrammeService programmes;

	private final QuestionnaireService questionnaire;

	private final MatchingService matching;

	private final PairService pairs;

	private final OrderService orders;

	private final PairingViews views;

	private final Access access;

	PairingPageController(ProgrammeService programmes, QuestionnaireService questionnaire, MatchingService matching,
			PairService pairs, OrderService orders, PairingViews views, Access access) {
		this.programmes = programmes;
		this.questionnaire = questionnaire;
		this.matching = matching;
		this.pairs = pairs;
		this.orders = orders;
		this.views = views;
		this.access = access;
	}

	private static String base(String tenant) {
		return "redirect:/t/" + tenant + "/pairing";
	}

	// ---- programmes and forms

	@GetMapping
	public String programmes(@PathVariable String tenant, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("programmes", programmes.programmes().stream().map(views::programme).toList());
		model.addAttribute("forms", programmes.forms().stream().map(PairingViews.FormView::of).toList());
		model.addAttribute("organizations", programmes.organizations());
		model.addAttribute("coordinator", access.user().isCoordinator());
		model.addAttribute("categories", Category.values());
		model.addAttribute("onlyTrainedMentors", programmes.settings().onlyTrainedMentors());
		return "pairing/programmes";
	}

	@PostMapping("/settings")
	public String settings(@PathVariable String tenant, @RequestParam(defaultValue = "false") boolean onlyTrainedMentors,
			RedirectAttributes flash) {
		programmes.requireTrainedMentors(onlyTrainedMentors);
		flash.addFlashAttribute("notice", onlyTrainedMentors ? "Подбор предлагает только обученных наставников"
				: "Подбор предлагает всех наставников, обученных и нет");
		return base(tenant);
	}

	@PostMapping("/programmes")
	public String open(@PathVariable String tenant, @RequestParam(required = false) UUID organizationId,
			@RequestParam String title, @RequestParam(required = false) List<String> formCodes,
			@RequestParam(required = false) LocalDate startsOn, @RequestParam(required = false) LocalDate endsOn,
			@RequestParam(required = false) String goals, @RequestParam(required = false) String curatorName,
			RedirectAttributes flash) {
		var p = programmes.open(new ProgrammeService.NewProgramme(organizationId, title, formCodes, startsOn, endsOn, goals,
				curatorName));
		flash.addFlashAttribute("notice", "Программа «" + p.title() + "» открыта");
		return base(tenant) + "/programmes/" + p.id();
	}

	@PostMapping("/forms")
	public String addForm(@PathVariable String tenant, @RequestParam String code, @RequestParam String name,
			@RequestParam(required = false) List<Category> mentorCategories,
			@RequestParam(required = false) List<Category> menteeCategories,
			@RequestParam(defaultValue = "false") boolean mentorMustBeSenior,
			@RequestParam(required = false) String roleVariants, RedirectAttributes flash) {
		var form = programmes.addForm(new ProgrammeService.NewForm(code, name,
				mentorCategories == null ? java.util.Set.of() : java.util.Set.copyOf(mentorCategories),
				menteeCategories == null ? java.util.Set.of() : java.util.Set.copyOf(menteeCategories), mentorMustBeSenior,
				lines(roleVariants)));
		flash.addFlashAttribute("notice", "Форма «" + form.name() + "» добавлена");
		return base(tenant);
	}

	@GetMapping("/programmes/{id}")
	public String programme(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		var programme = programmes.programme(id);
		model.addAttribute("tenant", tenant);
		model.addAttribute("programme", views.programme(programme));
		model.addAttribute("forms", programme.formCodes().stream().map(programmes::form).toList());
		var candidates = programmes.candidatesOf(id);
		model.addAttribute("candidates", PairingViews.CandidateView.of(candidates,
				questionnaire.answeredOn(candidates.stream().map(ru.nastavnik.pairing.domain.Candidate::id).toList())));
		model.addAttribute("proposals", matching.proposals(id).stream().map(PairingViews.ProposalSummary::of).toList());
		model.addAttribute("orders", orders.ofProgramme(id).stream().map(views::order).toList());
		if (!model.containsAttribute("weightErrors")) {
			model.addAttribute("weightErrors", java.util.Map.of()); // the weights form's errors by field, after a refused save
		}
		return "pairing/programme";
	}

	@PostMapping("/programmes/{id}/weights")
	public String changeWeights(@PathVariable String tenant, @PathVariable UUID id,
			@RequestParam(required = false) String requests, @RequestParam(required = false) String compatibility,
			@RequestParam(required = false) String sameOrganisation, RedirectAttributes flash) {
		var errors = new java.util.LinkedHashMap<String, String>();
		Integer r = percent(errors, "requests", requests);
		Integer c = percent(errors, "compatibility", compatibility);
		Integer s = percent(errors, "sameOrganisation", sameOrganisation);
		if (!errors.isEmpty()) { // not numbers: say what else is wrong too, without saving
			ru.nastavnik.pairing.domain.Programme.weightErrors(r, c, s).forEach(f -> errors.putIfAbsent(f.field(), f.message()));
		}
		else {
			try {
				programmes.changeWeights(id, new ProgrammeService.WeightsChange(r, c, s));
				flash.addFlashAttribute("notice", "Веса критериев подбора сохранены: " + r + " / " + c + " / " + s + " %");
				return base(tenant) + "/programmes/" + id;
			}
			catch (BusinessRuleProblem e) {
				if (e.kind() != BusinessRuleProblem.Kind.INVALID) {
					throw e; // e.g. a closed programme: the problem page
				}
				e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
			}
		}
		flash.addFlashAttribute("weightsProblem", "Веса критериев подбора не сохранены — исправьте отмеченные поля");
		flash.addFlashAttribute("weightErrors", errors);
		flash.addFlashAttribute("weightInput", java.util.Map.of("requests", requests == null ? "" : requests,
				"compatibility", compatibility == null ? "" : compatibility, "sameOrganisation",
				sameOrganisation == null ? "" : sameOrganisation));
		return base(tenant) + "/programmes/" + id;
	}

	/**
	 * A whole percent from the form, written as people write it («60», «60,0»); blank is «not given» (the domain names
	 * it), anything else not a whole number is an error here.
	 */
	private static Integer percent(java.util.Map<String, String> errors, String field, String value) {
		try {
			return RussianNumbers.integer(value);
		}
		catch (IllegalArgumentException e) {
			errors.put(field, "Вес — целое число процентов от 0 до 100, а не «" + value.strip() + "»");
			return null;
		}
	}

	@PostMapping("/programmes/{id}/close")
	public String close(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes flash) {
		programmes.close(id, null);
		flash.addFlashAttribute("notice", "Программа завершена");
		return base(tenant) + "/programmes/" + id;
	}

	@PostMapping("/programmes/{id}/matching")
	public String run(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String form) {
		Proposal p = matching.run(id, form);
		return base(tenant) + "/proposals/" + p.id();
	}

	// ---- the proposal and the curator's edits

	@GetMapping("/proposals/{id}")
	public String proposal(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		Proposal p = matching.proposal(id);
		model.addAttribute("tenant", tenant);
		model.addAttribute("proposal", views.proposal(p));
		model.addAttribute("programme", views.programme(programmes.programme(p.programmeId())));
		model.addAttribute("today", LocalDate.now());
		return "pairing/proposal";
	}

	@PostMapping("/proposals/{id}/lock")
	public String lock(@PathVariable String tenant, @PathVariable UUID id, @RequestParam UUID mentorId,
			@RequestParam UUID menteeId, RedirectAttributes flash) {
		return onProposal(tenant, id, flash, "Пара закреплена: она сохранится при повторном подборе",
				() -> matching.lock(id, new PairKey(mentorId, menteeId)));
	}

	@PostMapping("/proposals/{id}/forbid")
	public String forbid(@PathVariable String tenant, @PathVariable UUID id, @RequestParam UUID mentorId,
			@RequestParam UUID menteeId, RedirectAttributes flash) {
		return onProposal(tenant, id, flash, "Пара запрещена: повторный подбор её не предложит",
				() -> matching.forbid(id, new PairKey(mentorId, menteeId)));
	}

	/** A curator's edit of a proposal: done, or refused with its reason shown on the proposal page (nothing kept). */
	private String onProposal(String tenant, UUID id, RedirectAttributes flash, String done, Runnable edit) {
		try {
			edit.run();
			flash.addFlashAttribute("notice", done);
		}
		catch (BusinessRuleProblem e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return base(tenant) + "/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/release")
	public String release(@PathVariable String tenant, @PathVariable UUID id, @RequestParam UUID mentorId,
			@RequestParam UUID menteeId, RedirectAttributes flash) {
		matching.release(id, new PairKey(mentorId, menteeId));
		flash.addFlashAttribute("notice", "Закрепление или запрет снят");
		return base(tenant) + "/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/swap")
	public String swap(@PathVariable String tenant, @PathVariable UUID id, @RequestParam UUID menteeId,
			@RequestParam(required = false) UUID mentorId, RedirectAttributes flash) {
		if (mentorId == null) {
			throw BusinessRuleProblem.invalid("mentorId", "Выберите другого наставника");
		}
		Proposal p = matching.swap(id, menteeId, mentorId);
		flash.addFlashAttribute("notice", "Наставляемый передан другому наставнику, подбор повторён");
		return base(tenant) + "/proposals/" + p.id();
	}

	@PostMapping("/proposals/{id}/rerun")
	public String rerun(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes flash) {
		Proposal p = matching.rerun(id);
		flash.addFlashAttribute("notice", "Подбор повторён с учётом закреплённых и запрещённых пар");
		return base(tenant) + "/proposals/" + p.id();
	}

	@PostMapping("/proposals/{id}/orders")
	public String draftOrder(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String number,
			@RequestParam(required = false) LocalDate date, RedirectAttributes flash) {
		PairingOrder order = orders.draft(id, number, date);
		flash.addFlashAttribute("notice", "Проект приказа № " + order.number() + " подготовлен");
		return base(tenant) + "/orders/" + order.id();
	}

	// ---- orders

	@GetMapping("/orders")
	public String orders(@PathVariable String tenant, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("orders", orders.orders().stream().map(views::order).toList());
		return "pairing/orders";
	}

	@GetMapping("/orders/{id}")
	public String order(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("order", views.order(orders.order(id)));
		return "pairing/order";
	}

	@PostMapping("/orders/{id}/issue")
	public String issue(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes flash) {
		PairingOrder order = orders.issue(id);
		flash.addFlashAttribute("notice", "Приказ № " + order.number() + " издан: пары закреплены");
		return base(tenant) + "/orders/" + id;
	}

	@GetMapping("/orders/{id}/docx")
	public ResponseEntity<byte[]> docx(@PathVariable String tenant, @PathVariable UUID id) {
		return PairingApiController.download(orders.docx(id), "prikaz-" + id + ".docx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@GetMapping("/orders/{id}/pdf")
	public ResponseEntity<byte[]> pdf(@PathVariable String tenant, @PathVariable UUID id) {
		return PairingApiController.download(orders.pdf(id), "prikaz-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	// ---- pairs and individual plans

	@GetMapping("/pairs")
	public String pairs(@PathVariable String tenant, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("pairs", views.pairs(pairs.pairs()));
		return "pairing/pairs";
	}

	@GetMapping("/pairs/{id}")
	public String pair(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("pair", views.pair(pairs.pair(id)));
		model.addAttribute("statuses", MilestoneStatus.values());
		return "pairing/pair";
	}

	@PostMapping("/pairs/{id}/complete")
	public String complete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String outcome,
			RedirectAttributes flash) {
		pairs.complete(id, null, outcome);
		flash.addFlashAttribute("notice", "Пара завершена");
		return base(tenant) + "/pairs/" + id;
	}

	@PostMapping("/pairs/{id}/dissolve")
	public String dissolve(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		pairs.dissolve(id, null, reason);
		flash.addFlashAttribute("notice", "Пара расформирована");
		return base(tenant) + "/pairs/" + id;
	}

	@PostMapping("/pairs/{id}/plan")
	public String plan(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String title,
			RedirectAttributes flash) {
		pairs.planTitle(id, title);
		flash.addFlashAttribute("notice", "Индивидуальный план сохранён");
		return base(tenant) + "/pairs/" + id;
	}

	@PostMapping("/pairs/{id}/milestones")
	public String addMilestone(@PathVariable String tenant, @PathVariable UUID id,
			@RequestParam(required = false) String title, @RequestParam(required = false) LocalDate dueOn,
			RedirectAttributes flash) {
		pairs.addMilestone(id, title, dueOn);
		flash.addFlashAttribute("notice", "Этап добавлен в индивидуальный план");
		return base(tenant) + "/pairs/" + id;
	}

	@PostMapping("/pairs/{id}/milestones/{index}")
	public String milestone(@PathVariable String tenant, @PathVariable UUID id, @PathVariable String index,
			@RequestParam MilestoneStatus status, @RequestParam(required = false) String note, RedirectAttributes flash) {
		pairs.milestoneStatus(id, PairingViews.index(index), status, note);
		flash.addFlashAttribute("notice", "Состояние этапа: " + status.title());
		return base(tenant) + "/pairs/" + id;
	}

	// ---- questionnaire

	@GetMapping("/questionnaire")
	public String questionnaire(@PathVariable String tenant, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("questions", questionnaire.questions().stream().map(PairingViews.QuestionView::of).toList());
		model.addAttribute("coordinator", access.user().isCoordinator());
		return "pairing/questionnaire";
	}

	@PostMapping("/questionnaire/questions")
	public String addQuestion(@PathVariable String tenant, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam(required = false) String options,
			@RequestParam(required = false) String weight, RedirectAttributes flash) {
		BigDecimal w = RussianNumbers.decimal(weight, "weight", "Вес вопроса");
		questionnaire.add(new QuestionnaireService.QuestionRequest(text, multiple, lines(options),
				w == null ? null : w.doubleValue()));
		flash.addFlashAttribute("notice", "Вопрос добавлен в анкету");
		return base(tenant) + "/questionnaire";
	}

	@PostMapping("/questionnaire/questions/{id}/remove")
	public String removeQuestion(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes flash) {
		questionnaire.remove(id);
		flash.addFlashAttribute("notice", "Вопрос убран из анкеты");
		return base(tenant) + "/questionnaire";
	}

	@GetMapping("/participants/{id}/answers")
	public String answers(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("participant", PairingViews.CandidateView.of(programmes.candidate(id)));
		model.addAttribute("questions", questionnaire.questions().stream().map(PairingViews.QuestionView::of).toList());
		model.addAttribute("answers", questionnaire.answers(id));
		return "pairing/answers";
	}

	@PostMapping("/participants/{id}/answers")
	public String answer(@PathVariable String tenant, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes flash) {
		Map<UUID, List<String>> chosen = new HashMap<>();
		for (var q : questionnaire.questions()) {
			List<String> values = form.get("q-" + q.id());
			chosen.put(q.id(), values == null ? List.of() : new ArrayList<>(values));
		}
		questionnaire.answer(id, chosen);
		flash.addFlashAttribute("notice", "Ответы анкеты сохранены");
		return base(tenant) + "/participants/" + id + "/answers";
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
