package ru.nastavnik.pairing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.PairCompleted;
import ru.nastavnik.pairing.PairDissolved;
import ru.nastavnik.pairing.domain.MentorshipPair;
import ru.nastavnik.pairing.domain.MilestoneStatus;
import ru.nastavnik.pairing.domain.PairRepository;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;

/** Pairs and groups after the proposal: completion, dissolution, the individual plan and its milestones. */
@Service
@Transactional
public class PairService {

	private final PairRepository pairs;

	private final Access access;

	private final ApplicationEventPublisher events;

	PairService(PairRepository pairs, Access access, ApplicationEventPublisher events) {
		this.pairs = pairs;
		this.access = access;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<MentorshipPair> pairs() {
		return access.scope().map(pairs::findByOrganizationIdOrderByCreatedAtDesc).orElseGet(pairs::findAllByOrderByCreatedAtDesc);
	}

	@Transactional(readOnly = true)
	public List<MentorshipPair> ofProgramme(UUID programmeId) {
		return pairs.findByProgrammeIdOrderByCreatedAtAsc(programmeId).stream()
			.filter(p -> access.user().mayAccessOrganization(p.organizationId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public MentorshipPair pair(UUID id) {
		MentorshipPair p = pairs.findById(id).orElseThrow(() -> new NotFoundProblem("Наставническая пара не найдена"));
		access.requireOrganization(p.organizationId());
		return p;
	}

	public MentorshipPair complete(UUID id, LocalDate on, String outcome) {
		MentorshipPair p = pair(id);
		LocalDate date = on == null ? LocalDate.now() : on;
		p.complete(date, outcome);
		pairs.save(p);
		events.publishEvent(new PairCompleted(TenantContext.require(), p.id(), p.formCode(), p.organizationId(), p.mentorId(),
				p.menteeIds(), date, p.outcome()));
		return p;
	}

	public MentorshipPair dissolve(UUID id, LocalDate on, String reason) {
		MentorshipPair p = pair(id);
		LocalDate date = on == null ? LocalDate.now() : on;
		p.dissolve(date, reason);
		pairs.save(p);
		events.publishEvent(new PairDissolved(TenantContext.require(), p.id(), p.formCode(), p.organizationId(), p.mentorId(),
				p.menteeIds(), date, p.reason()));
		return p;
	}

	public MentorshipPair planTitle(UUID id, String title) {
		MentorshipPair p = pair(id);
		p.planTitle(title);
		return pairs.save(p);
	}

	public MentorshipPair addMilestone(UUID id, String title, LocalDate dueOn) {
		MentorshipPair p = pair(id);
		p.addMilestone(title, dueOn);
		return pairs.save(p);
	}

	public MentorshipPair milestoneStatus(UUID id, int index, MilestoneStatus status, String note) {
		MentorshipPair p = pair(id);
		p.milestoneStatus(index, status, LocalDate.now(), note);
		return pairs.save(p);
	}
}
