package ru.nastavnik.monitoring.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.domain.Organization;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.ProgrammeRecord;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.monitoring.domain.QualityStore;
import ru.nastavnik.monitoring.domain.Questionnaire;
import ru.nastavnik.monitoring.domain.QuestionnaireResponse;
import ru.nastavnik.monitoring.domain.QuestionnaireResults;
import ru.nastavnik.monitoring.domain.ReadinessItem;
import ru.nastavnik.monitoring.domain.ReadinessOverview;
import ru.nastavnik.monitoring.domain.SchoolReadiness;
import ru.nastavnik.platform.BusinessRuleProblem;

/** Quality monitoring: the two stages' questionnaires (aggregated results only) and the schools' readiness. */
@Service
@Transactional(readOnly = true)
public class QualityService {

	private final QualityStore quality;

	private final ProjectionStore projections;

	public QualityService(QualityStore quality, ProjectionStore projections) {
		this.quality = quality;
		this.projections = projections;
	}

	/**
	 * The programmes a questionnaire can be filled in for: the tenant's (known from pairing's events), or only the
	 * organisation's for its school curator; running ones first.
	 */
	public List<ProgrammeRecord> programmesFor(UUID organizationScope) {
		return projections.programmes().stream()
			.filter(p -> organizationScope == null || organizationScope.equals(p.organizationId()))
			.toList();
	}

	/** Records one participant's answers; the respondent is not identified, only their role. */
	@Transactional
	public QuestionnaireResponse submit(int stage, UUID programmeId, UUID organizationId, PairRole role,
			Questionnaire.Phase phase, Map<String, Integer> answers, LocalDate on) {
		Questionnaire q;
		try {
			q = Questionnaire.ofStage(stage);
		}
		catch (IllegalArgumentException e) {
			throw BusinessRuleProblem.invalid("stage", "Этап мониторинга — 1 или 2");
		}
		var errors = new ArrayList<BusinessRuleProblem.FieldError>();
		if (programmeId == null) {
			errors.add(new BusinessRuleProblem.FieldError("programmeId", "Выберите программу наставничества"));
		}
		else if (programmesFor(organizationId).stream().noneMatch(p -> p.id().equals(programmeId))) {
			errors.add(new BusinessRuleProblem.FieldError("programmeId", organizationId == null
					? "Такой программы наставничества в муниципалитете нет"
					: "У этой образовательной организации нет такой программы наставничества"));
		}
		if (role == null) {
			errors.add(new BusinessRuleProblem.FieldError("respondentRole", "Укажите роль отвечающего: наставник или наставляемый"));
		}
		if (q == Questionnaire.GROWTH && phase == null) {
			errors.add(new BusinessRuleProblem.FieldError("phase", "Для этапа 2 укажите: до или после программы"));
		}
		for (var question : q.questions()) {
			Integer answer = answers == null ? null : answers.get(question.code());
			if (answer == null) {
				errors.add(new BusinessRuleProblem.FieldError("answers." + question.code(), "Нет ответа на вопрос «" + question.text() + "»"));
			}
			else if (!question.accepts(answer)) {
				errors.add(new BusinessRuleProblem.FieldError("answers." + question.code(),
						question.kind() == Questionnaire.Question.Kind.SCALE ? "Оценка — от 1 до 10" : "Ответ — 1 (да) или 0 (нет)"));
			}
		}
		if (answers != null) {
			answers.keySet().stream()
				.filter(code -> q.questions().stream().noneMatch(x -> x.code().equals(code)))
				.forEach(code -> errors.add(new BusinessRuleProblem.FieldError("answers." + code, "Такого вопроса в анкете нет")));
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Анкета не принята: исправьте ошибки", errors);
		}
		var response = new QuestionnaireResponse(UUID.randomUUID(), programmeId, organizationId, q, role,
				q == Questionnaire.GROWTH ? phase : null, answers, on);
		quality.add(response);
		return response;
	}

	public QuestionnaireResults results(int stage, UUID programmeId, UUID organizationId) {
		var q = Questionnaire.ofStage(stage);
		return QuestionnaireResults.of(q, quality.responses(q, programmeId, organizationId));
	}

	public ReadinessOverview readiness(LocalDate date) {
		var curators = projections.organizationsWithCurator();
		var programmes = projections.organizationsWithProgramme(date);
		var orders = projections.organizationsWithPairs();
		boolean roadmap = projections.roadmapAdopted();
		var confirmations = quality.confirmations();
		var schools = new ArrayList<SchoolReadiness>();
		for (Organization o : projections.organizations()) {
			var items = new EnumMap<ReadinessItem, Boolean>(ReadinessItem.class);
			items.put(ReadinessItem.CURATOR, curators.contains(o.id()));
			items.put(ReadinessItem.ROADMAP, roadmap);
			items.put(ReadinessItem.PROGRAMME, programmes.contains(o.id()));
			items.put(ReadinessItem.PAIRS_ORDER, orders.contains(o.id()));
			items.put(ReadinessItem.POLOZHENIE, false);
			for (var c : confirmations.getOrDefault(o.id(), List.of())) {
				if (c.confirmed()) {
					items.put(c.item(), true);
				}
			}
			schools.add(new SchoolReadiness(o.id(), o.label(), items));
		}
		return new ReadinessOverview(schools);
	}

	/** Confirms (or withdraws the confirmation of) a readiness item by hand, with the document. */
	@Transactional
	public void confirm(UUID organizationId, ReadinessItem item, boolean confirmed, String document, LocalDate on) {
		if (organizationId == null || item == null) {
			throw BusinessRuleProblem.invalid("item", "Укажите организацию и пункт готовности");
		}
		if (projections.organizations().stream().noneMatch(o -> o.id().equals(organizationId))) {
			throw BusinessRuleProblem.invalid("organizationId", "Такой образовательной организации в муниципалитете нет");
		}
		if (document != null && document.length() > 500) {
			throw BusinessRuleProblem.invalid("document", "Реквизиты документа — не длиннее 500 знаков");
		}
		quality.confirm(new QualityStore.Confirmation(organizationId, item, confirmed, document, on));
	}
}
