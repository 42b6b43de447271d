package ru.nastavnik.pairing.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.domain.Answer;
import ru.nastavnik.pairing.domain.AnswerRepository;
import ru.nastavnik.pairing.domain.Question;
import ru.nastavnik.pairing.domain.QuestionRepository;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;

/**
 * The compatibility questionnaire: the coordinator edits the questions, curators record the answers of their
 * participants. Answers are sensitive: curators only, never in an event.
 */
@Service
@Transactional
public class QuestionnaireService {

	private final QuestionRepository questions;

	private final AnswerRepository answers;

	private final ProgrammeService programmes;

	private final Access access;

	private final org.springframework.context.ApplicationEventPublisher events;

	QuestionnaireService(QuestionRepository questions, AnswerRepository answers, ProgrammeService programmes, Access access,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.questions = questions;
		this.answers = answers;
		this.programmes = programmes;
		this.access = access;
	}

	public record QuestionRequest(String text, Boolean multiple, List<String> options, Double weight) {

		boolean many() {
			return Boolean.TRUE.equals(multiple);
		}
	}

	@Transactional(readOnly = true)
	public List<Question> questions() {
		return questions.findByActiveTrueOrderByPositionAsc();
	}

	public Question add(QuestionRequest request) {
		access.requireCoordinator("Изменять анкету совместимости может");
		int position = questions.findAll().stream().mapToInt(Question::position).max().orElse(0) + 1;
		return questions.save(Question.of(position, "q" + position, request.text(), request.many(), request.options(),
				request.weight() == null ? 1.0 : request.weight()));
	}

	public Question change(UUID id, QuestionRequest request) {
		access.requireCoordinator("Изменять анкету совместимости может");
		Question q = question(id);
		q.change(request.text(), request.many(), request.options(), request.weight() == null ? q.weight() : request.weight());
		return questions.save(q);
	}

	public void remove(UUID id) {
		access.requireCoordinator("Изменять анкету совместимости может");
		Question q = question(id);
		q.deactivate();
		questions.save(q);
	}

	private Question question(UUID id) {
		return questions.findById(id).filter(Question::active)
			.orElseThrow(() -> new NotFoundProblem("Вопрос анкеты не найден"));
	}

	/** A participant's answers by question id (the curator of their organisation or the coordinator only). */
	@Transactional(readOnly = true)
	public Map<UUID, List<String>> answers(UUID participantId) {
		programmes.candidate(participantId);
		var result = new HashMap<UUID, List<String>>();
		answers.findByParticipantId(participantId).forEach(a -> result.put(a.questionId(), a.chosen()));
		return result;
	}

	/** When each of the participants last answered (only those who have): for «who has answered», not what. */
	@Transactional(readOnly = true)
	public Map<UUID, LocalDate> answeredOn(java.util.Collection<UUID> participantIds) {
		var result = new HashMap<UUID, LocalDate>();
		var active = new java.util.HashSet<UUID>();
		questions().forEach(q -> active.add(q.id()));
		for (Answer a : answers.findByParticipantIdIn(participantIds)) {
			if (active.contains(a.questionId())) {
				result.merge(a.participantId(), a.answeredOn(), (x, y) -> x.isAfter(y) ? x : y);
			}
		}
		return result;
	}

	/** Records a participant's answers; each chosen option must be one of the question's. */
	public Map<UUID, List<String>> answer(UUID participantId, Map<UUID, List<String>> chosen) {
		programmes.candidate(participantId);
		return write(participantId, chosen, false);
	}

	/** The signed-in participant's own answers by question id (decision 0010). */
	@Transactional(readOnly = true)
	public Map<UUID, List<String>> ownAnswers() {
		UUID me = access.ownParticipant();
		var result = new HashMap<UUID, List<String>>();
		answers.findByParticipantId(me).forEach(a -> result.put(a.questionId(), a.chosen()));
		return result;
	}

	/**
	 * The signed-in participant (or the representative acting for a minor) answers the questionnaire themself: every
	 * active question must be answered; the answers go where a curator's would and feed the matching; the fact (not
	 * the answers) goes to the registry's audit log.
	 */
	public Map<UUID, List<String>> answerOwn(Map<UUID, List<String>> chosen) {
		UUID me = access.ownParticipant();
		var result = write(me, chosen == null ? Map.of() : chosen, true);
		events.publishEvent(ru.nastavnik.platform.ParticipantActivity.of(access.user(),
				ru.nastavnik.platform.ParticipantActivity.Kind.QUESTIONNAIRE_ANSWERED,
				"анкета совместимости: ответы на " + result.size() + " из " + questions().size() + " вопросов"));
		return result;
	}

	private Map<UUID, List<String>> write(UUID participantId, Map<UUID, List<String>> chosen, boolean allRequired) {
		var active = new HashMap<UUID, Question>();
		questions().forEach(q -> active.put(q.id(), q));
		var existing = new HashMap<UUID, Answer>();
		answers.findByParticipantId(participantId).forEach(a -> existing.put(a.questionId(), a));
		var errors = new java.util.ArrayList<BusinessRuleProblem.FieldError>();
		for (var entry : chosen.entrySet()) {
			Question q = active.get(entry.getKey());
			if (q == null) {
				errors.add(new BusinessRuleProblem.FieldError(String.valueOf(entry.getKey()), "Нет такого вопроса в анкете"));
				continue;
			}
			List<String> values = entry.getValue() == null ? List.of()
					: entry.getValue().stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
			if (!q.options().containsAll(values)) {
				errors.add(new BusinessRuleProblem.FieldError(q.text(), "Выбран вариант, которого нет в вопросе"));
			}
			else if (!q.multiple() && values.size() > 1) {
				errors.add(new BusinessRuleProblem.FieldError(q.text(), "В этом вопросе можно выбрать только один вариант"));
			}
		}
		if (allRequired) {
			for (Question q : questions()) {
				List<String> given = chosen.get(q.id());
				if (given == null || given.stream().allMatch(v -> v == null || v.isBlank())) {
					errors.add(new BusinessRuleProblem.FieldError(q.id().toString(), "Ответьте на вопрос «" + q.text() + "»"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, allRequired
					? "Анкета не сохранена: ответьте на все вопросы" : "Ответы анкеты не приняты", errors);
		}
		for (var entry : chosen.entrySet()) {
			List<String> values = entry.getValue() == null ? List.of()
					: entry.getValue().stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
			Answer a = existing.get(entry.getKey());
			if (values.isEmpty()) {
				if (a != null) {
					answers.delete(a);
				}
				continue;
			}
			if (a == null) {
				a = Answer.of(participantId, entry.getKey(), values, LocalDate.now());
			}
			else {
				a.change(values, LocalDate.now());
			}
			answers.save(a);
		}
		return allRequired ? ownAnswers() : answers(participantId);
	}
}
