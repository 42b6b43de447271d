package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.platform.BusinessRuleProblem;

/**
 * A mentorship pair (one mentee) or group (one mentor, several mentees) of a programme, with its individual plan
 * (индивидуальный план / маршрут). Proposed → active (fixed by an order) → completed (with an outcome) or dissolved
 * (with a reason).
 */
@Table(schema = "pairing", name = "pair")
public class MentorshipPair {

	@Id
	private UUID id;

	private UUID programmeId;

	private UUID organizationId;

	private String formCode;

	private String formName;

	private UUID mentorId;

	private String mentorCategory;

	private PairStatus status;

	private UUID proposalId;

	private UUID orderId;

	private Instant createdAt;

	private LocalDate activatedOn;

	private LocalDate completedOn;

	private String outcome;

	private LocalDate dissolvedOn;

	private String reason;

	private String planTitle;

	@MappedCollection(idColumn = "pair_id", keyColumn = "idx")
	private List<Mentee> mentees = new ArrayList<>();

	@MappedCollection(idColumn = "pair_id", keyColumn = "idx")
	private List<Milestone> milestones = new ArrayList<>();

	@Version
	private Integer version;

	@Table(schema = "pairing", name = "pair_mentee")
	public record Mentee(UUID menteeId, String category) {
	}

	/** A milestone of the individual plan. */
	@Table(schema = "pairing", name = "milestone")
	public record Milestone(String title, LocalDate dueOn, MilestoneStatus status, LocalDate doneOn, String note) {
	}

	MentorshipPair() {
	}

	public static MentorshipPair propose(UUID programmeId, UUID organizationId, String formCode, String formName,
			UUID mentorId, String mentorCategory, List<Mentee> mentees, UUID proposalId) {
		if (mentees.isEmpty()) {
			throw new IllegalArgumentException("a pair needs a mentee");
		}
		var p = new MentorshipPair();
		p.id = UUID.randomUUID();
		p.programmeId = programmeId;
		p.organizationId = organizationId;
		p.formCode = formCode;
		p.formName = formName;
		p.mentorId = mentorId;
		p.mentorCategory = mentorCategory;
		p.mentees = new ArrayList<>(mentees);
		p.proposalId = proposalId;
		p.status = PairStatus.PROPOSED;
		p.createdAt = Instant.now();
		return p;
	}

	/** Fixed by an order: becomes active. */
	public void activate(UUID order, LocalDate on) {
		if (status != PairStatus.PROPOSED) {
			throw BusinessRuleProblem.conflict("status", "Пара уже " + status.title() + ": её нельзя закрепить приказом повторно");
		}
		status = PairStatus.ACTIVE;
		orderId = order;
		activatedOn = on;
	}

	public void complete(LocalDate on, String result) {
		if (status != PairStatus.ACTIVE) {
			throw BusinessRuleProblem.conflict("status", "Завершить можно только действующую пару (сейчас: " + status.title() + ")");
		}
		if (result == null || result.isBlank()) {
			throw BusinessRuleProblem.invalid("outcome", "Укажите результат работы пары");
		}
		status = PairStatus.COMPLETED;
		completedOn = on;
		outcome = result.strip();
	}

	public void dissolve(LocalDate on, String why) {
		if (status == PairStatus.COMPLETED || status == PairStatus.DISSOLVED) {
			throw BusinessRuleProblem.conflict("status", "Пара уже " + status.title());
		}
		if (why == null || why.isBlank()) {
			throw BusinessRuleProblem.invalid("reason", "Укажите причину расформирования");
		}
		status = PairStatus.DISSOLVED;
		dissolvedOn = on;
		reason = why.strip();
	}

	public void planTitle(String title) {
		planTitle = title == null || title.isBlank() ? null : title.strip();
	}

	public void addMilestone(String title, LocalDate dueOn) {
		if (title == null || title.isBlank()) {
			throw BusinessRuleProblem.invalid("title", "Укажите этап индивидуального плана");
		}
		milestones.add(new Milestone(title.strip(), dueOn, MilestoneStatus.PLANNED, null, null));
	}

	public void milestoneStatus(int index, MilestoneStatus value, LocalDate on, String note) {
		if (index < 0 || index >= milestones.size()) {
			throw new ru.nastavnik.platform.NotFoundProblem("Этап индивидуального плана № " + (index + 1) + " не найден");
		}
		var m = milestones.get(index);
		milestones.set(index, new Milestone(m.title(), m.dueOn(), value, value == MilestoneStatus.DONE ? on : null,
				note == null ? m.note() : note));
	}

	public List<UUID> menteeIds() {
		return mentees.stream().map(Mentee::menteeId).toList();
	}

	public boolean isGroup() {
		return mentees.size() > 1;
	}

	public UUID id() {
		return id;
	}

	public UUID programmeId() {
		return programmeId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public String formCode() {
		return formCode;
	}

	public String formName() {
		return formName;
	}

	public UUID mentorId() {
		return mentorId;
	}

	public String mentorCategory() {
		return mentorCategory;
	}

	public PairStatus status() {
		return status;
	}

	public UUID proposalId() {
		return proposalId;
	}

	public UUID orderId() {
		return orderId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public LocalDate activatedOn() {
		return activatedOn;
	}

	public LocalDate completedOn() {
		return completedOn;
	}

	public String outcome() {
		return outcome;
	}

	public LocalDate dissolvedOn() {
		return dissolvedOn;
	}

	public String reason() {
		return reason;
	}

	public String planTitle() {
		return planTitle;
	}

	public List<Mentee> mentees() {
		return List.copyOf(mentees);
	}

	public List<Milestone> milestones() {
		return List.copyOf(milestones);
	}
}
