package ru.nastavnik.monitoring.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.domain.Membership;
import ru.nastavnik.monitoring.domain.PairRecord;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.monitoring.domain.Questionnaire;
import ru.nastavnik.monitoring.domain.SurveyRespondents;
import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.ParticipantActivity;

/**
 * A participant answers the monitoring questionnaires of stages 1 and 2 themself (decision 0010). The programme,
 * organisation and role come from their pair as monitoring projects it from {@code PairsFixedByOrder}; the response
 * is stored as any other — without the respondent — and, apart from it, only the mark that they have answered, so
 * that each stage (and phase) is answered once. Staff see aggregates only, hidden below
 * {@link Questionnaire#MIN_RESPONDENTS} respondents; the fact of answering goes to the registry's audit log.
 */
@Service
@Transactional
public class OwnSurveyService {

	static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	private final QualityService quality;

	private final ProjectionStore projections;

	private final SurveyRespondents respondents;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	OwnSurveyService(QualityService quality, ProjectionStore projections, SurveyRespondents respondents,
			CurrentUsers users, ApplicationEventPublisher events) {
		this.quality = quality;
		this.projections = projections;
		this.respondents = respondents;
		this.users = users;
		this.events = events;
	}

	/** One of the participant's pairs with the questionnaires they have answered for its programme. */
	public record OwnPair(UUID pairId, UUID programmeId, String programmeTitle, PairRole role, LocalDate from,
			List<SurveyRespondents.Mark> answered) {

		public boolean answered(int stage, Questionnaire.Phase phase) {
			return answered.stream().anyMatch(m -> m.stage() == stage && m.phase() == phase);
		}
	}

	@Transactional(readOnly = true)
	public List<OwnPair> pairs() {
		UUID me = participant().participantId();
		var marks = respondents.marks(me);
		var result = new ArrayList<OwnPair>();
		for (Membership m : memberships(me)) {
			projections.pair(m.pairId()).ifPresent(p -> result.add(new OwnPair(p.id(), p.programmeId(),
					respondents.programmeTitle(p.programmeId()).orElse("Программа наставничества"), m.role(), m.from(),
					marks.stream().filter(x -> x.programmeId().equals(p.programmeId())).toList())));
		}
		return result;
	}

	/**
	 * Submits the participant's answers to a stage's questionnaire for one of their pairs (the latest when
	 * {@code pairId} is null). Refused with a Russian reason, nothing written: not in a pair, answered already,
	 * a missing or out-of-range answer.
	 */
	public void submit(int stage, Questionnaire.Phase phase, Map<String, Integer> answers, UUID pairId) {
		CurrentUser user = participant();
		UUID me = user.participantId();
		List<Membership> mine = memberships(me);
		if (mine.isEmpty()) {
			throw BusinessRuleProblem.conflict("pairId", "Анкеты мониторинга заполняют участники наставнических пар, "
					+ "закреплённых приказом: вы пока не состоите ни в одной паре");
		}
		Membership membership = pairId == null ? mine.get(0)
				: mine.stream().filter(m -> m.pairId().equals(pairId)).findFirst()
					.orElseThrow(() -> BusinessRuleProblem.invalid("pairId", "Вы не состоите в этой паре"));
		PairRecord pair = projections.pair(membership.pairId())
			.orElseThrow(() -> BusinessRuleProblem.invalid("pairId", "Пара не найдена"));
		Questionnaire.Phase effective = stage == 2 ? phase : null;
		LocalDate today = LocalDate.now(ZONE);
		// validates everything before anything is written (the same rules as a curator's entry)
		quality.submit(stage, pair.programmeId(), pair.organizationId(), membership.role(), effective, answers, today);
		if (!respondents.mark(me, pair.programmeId(), stage, effective, today)) {
			throw BusinessRuleProblem.conflict("stage", "Вы уже заполнили анкету «" + Questionnaire.ofStage(stage).title()
					+ "»" + (effective == null ? "" : effective == Questionnaire.Phase.BEFORE ? " (до программы)" : " (после программы)")
					+ " по этой программе: повторно её не заполняют");
		}
		events.publishEvent(ParticipantActivity.of(user, ParticipantActivity.Kind.SURVEY_ANSWERED,
				"анкета мониторинга, этап " + stage + (effective == null ? "" : effective == Questionnaire.Phase.BEFORE
						? ", до программы" : ", после программы")));
	}

	private List<Membership> memberships(UUID me) {
		return projections.memberships(List.of(me)).getOrDefault(me, List.of()).stream()
			.sorted(Comparator.comparing(Membership::from, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
			.toList();
	}

	private CurrentUser participant() {
		CurrentUser user = users.require();
		if (!user.isParticipant() || user.participantId() == null) {
			throw new AccessDeniedProblem("Раздел только для участников программ наставничества");
		}
		return user;
	}
}
