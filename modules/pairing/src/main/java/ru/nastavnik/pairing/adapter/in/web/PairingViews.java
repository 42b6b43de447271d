package ru.nastavnik.pairing.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.application.MatchingService;
import ru.nastavnik.pairing.application.OrderService;
import ru.nastavnik.pairing.application.ProgrammeService;
import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.ConstraintKind;
import ru.nastavnik.pairing.domain.CuratorConstraint;
import ru.nastavnik.pairing.domain.MentorshipForm;
import ru.nastavnik.pairing.domain.MentorshipPair;
import ru.nastavnik.pairing.domain.MilestoneStatus;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.PairingOrder;
import ru.nastavnik.pairing.domain.Programme;
import ru.nastavnik.pairing.domain.Proposal;
import ru.nastavnik.pairing.domain.Question;
import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.PairKey;
import ru.nastavnik.pairing.domain.matching.Weights;
import ru.nastavnik.platform.BusinessRuleProblem;

/**
 * What the API returns and the pages show: the aggregates with participants' names resolved from the candidate
 * projection. Questionnaire answers are never part of these views (only of the answers endpoint).
 */
@Component
public class PairingViews {

	private final ProgrammeService programmes;

	private final MatchingService matching;

	private final OrderService orders;

	PairingViews(ProgrammeService programmes, MatchingService matching, OrderService orders) {
		this.programmes = programmes;
		this.matching = matching;
		this.orders = orders;
	}

	/** A form of mentorship; the categories as codes and, for people, in Russian ({@link Category#russianName()}). */
	public record FormView(String code, String name, List<String> mentorCategories, List<String> menteeCategories,
			List<String> mentorCategoryTitles, List<String> menteeCategoryTitles, boolean mentorMustBeSenior,
			List<String> roleVariants, boolean methodology) {

		static FormView of(MentorshipForm f) {
			return new FormView(f.code(), f.name(), f.mentorCategories(), f.menteeCategories(),
					categoryTitles(f.mentorCategories()), categoryTitles(f.menteeCategories()), f.mentorMustBeSenior(),
					f.roleVariants(), f.methodology());
		}
	}

	/** Russian names of categories given by their codes, for people. */
	static List<String> categoryTitles(List<String> codes) {
		return codes.stream().map(c -> Category.valueOf(c).russianName()).toList();
	}

	/** A programme; its forms as codes and, for people, by name. */
	public record ProgrammeView(UUID id, UUID organizationId, String organizationName, String title, List<String> formCodes,
			List<String> formNames, LocalDate startsOn, LocalDate endsOn, String goals, String curatorName, String status,
			String statusTitle, boolean open, WeightsView weights) {
	}

	/** The weights of the fit of a programme, percent (together 100). */
	public record WeightsView(int requests, int compatibility, int sameOrganisation) {
	}

	/** @param questionnaireAnsweredOn when the compatibility questionnaire was last answered, {@code null}: not yet */
	public record CandidateView(UUID id, UUID organizationId, String fullName, String category, String categoryTitle,
			Integer grade, boolean mentor, boolean mentee, List<String> competencies, List<String> requests, int capacity,
			boolean trained, boolean matchable, java.time.LocalDate questionnaireAnsweredOn) {

		static CandidateView of(Candidate c) {
			return of(c, java.util.Map.of());
		}

		static CandidateView of(Candidate c, java.util.Map<UUID, java.time.LocalDate> answeredOn) {
			return new CandidateView(c.id(), c.organizationId(), c.fullName(), c.category(), c.categoryTitle(), c.grade(),
					c.mentor(), c.mentee(), c.competencies(), c.requests(), c.capacity(), c.trained(), c.matchable(),
					answeredOn.get(c.id()));
		}

		static List<CandidateView> of(List<Candidate> candidates, java.util.Map<UUID, java.time.LocalDate> answeredOn) {
			return candidates.stream().map(c -> of(c, answeredOn)).toList();
		}
	}

	public record QuestionView(UUID id, int position, String text, boolean multiple, List<String> options, double weight) {

		static QuestionView of(Question q) {
			return new QuestionView(q.id(), q.position(), q.text(), q.multiple(), q.options(), q.weight());
		}
	}

	public record ConstraintView(UUID mentorId, UUID menteeId, String kind) {

		static ConstraintView of(CuratorConstraint c) {
			return new ConstraintView(c.mentorId(), c.menteeId(), c.kind().name());
		}
	}

	public record ProposalSummary(UUID id, String formCode, String formName, Instant createdAt, int menteeCount,
			int matchedCount, long totalFit) {

		static ProposalSummary of(Proposal p) {
			return new ProposalSummary(p.id(), p.formCode(), p.formName(), p.createdAt(), p.menteeCount(), p.matchedCount(),
					p.totalFit());
		}
	}

	/** One part of a pair's fit: the criterion, its value in [0, 1] and its weight. */
	public record PartView(String criterion, String title, double value, double weight) {
	}

	public record AlternativeView(UUID mentorId, String mentorName, int fit, boolean mentorHasFreeSlot) {
	}

	/**
	 * A proposed pair. {@code locked}: the run kept it as the curator's lock; {@code lockedNow}: the curator's lock is in
	 * force now (a later run keeps it).
	 */
	public record ProposedPairView(UUID mentorId, String mentorName, UUID menteeId, String menteeName, int fit,
			List<PartView> parts, List<String> coveredRequests, List<String> uncoveredRequests, String summary,
			boolean locked, boolean lockedNow, List<AlternativeView> alternatives) {
	}

	public record UnmatchedView(UUID menteeId, String menteeName, String reason, String message,
			List<AlternativeView> alternatives) {
	}

	/**
	 * One of the curator's locks or bans the run was made with: {@code applied} by the run, or not with the
	 * {@code problem} (e.g. the mentor left); {@code current}: still in force now.
	 */
	public record RunConstraintView(String kind, String kindTitle, UUID mentorId, String mentorName, UUID menteeId,
			String menteeName, boolean applied, String problem, boolean current) {
	}

	/** A ban the run was made with (as {@link RunConstraintView}). */
	public record ForbiddenView(UUID mentorId, String mentorName, UUID menteeId, String menteeName, boolean applied,
			String problem, boolean current) {
	}

	/** A lock or ban made ({@code ADDED}) or released ({@code RELEASED}) since the run: the next run takes it into account. */
	public record ChangeView(String kind, String change, String title, UUID mentorId, String mentorName, UUID menteeId,
			String menteeName) {
	}

	/**
	 * A matching run. {@code locks} and {@code forbidden} are the curator's constraints it was made with
	 * ({@code constraints} both together, oldest first); {@code changesSinceRun} what the curator changed since. A
	 * proposal made before runs recorded their constraints ({@code constraintsRecorded = false}) shows the current ones.
	 * {@code solverName} is the engine's technical name, {@code solverTitle} its Russian description.
	 */
	public record ProposalView(UUID id, UUID programmeId, String formCode, String formName, Instant createdAt,
			int mentorCount, int menteeCount, int matchedCount, long totalFit, String solverName, String solverTitle,
			long solveMillis,
			List<ProposedPairView> pairs, List<UnmatchedView> unmatched, boolean constraintsRecorded,
			List<RunConstraintView> constraints, List<RunConstraintView> locks, List<ForbiddenView> forbidden,
			List<ChangeView> changesSinceRun) {
	}

	public record MemberView(UUID participantId, String name, String category) {
	}

	public record MilestoneView(int index, String title, LocalDate dueOn, MilestoneStatus status, String statusTitle,
			LocalDate doneOn, String note) {
	}

	public record PairView(UUID id, UUID programmeId, UUID organizationId, String formCode, String formName,
			MemberView mentor, List<MemberView> mentees, PairStatus status, String statusTitle, UUID orderId,
			LocalDate activatedOn, LocalDate completedOn, String outcome, LocalDate dissolvedOn, String reason,
			String planTitle, List<MilestoneView> milestones) {
	}

	public record OrderView(UUID id, UUID programmeId, String programmeTitle, UUID organizationId,
			String organizationName, String number, LocalDate date, String status, String statusTitle, boolean issued,
			Instant issuedAt, List<PairView> pairs) {
	}

	public ProgrammeView programme(Programme p) {
		return new ProgrammeView(p.id(), p.organizationId(), programmes.organizationName(p.organizationId()), p.title(),
				p.formCodes(), programmes.formNames(p.formCodes()), p.startsOn(), p.endsOn(), p.goals(), p.curatorName(),
				p.status().name(), p.status().title(),
				p.status() == ru.nastavnik.pairing.domain.ProgrammeStatus.OPEN,
				new WeightsView(p.weightRequests(), p.weightCompatibility(), p.weightSameOrg()));
	}

	private record ConstraintKey(ConstraintKind kind, PairKey pair) {
	}

	/** In one read-only transaction: the current constraints and the people's names are read together. */
	@Transactional(readOnly = true)
	public ProposalView proposal(Proposal p) {
		List<CuratorConstraint> current = matching.constraints(p);
		// what the run was made with: recorded by the run; for a run made before they were recorded, the current ones
		List<Proposal.Constraint> run = p.constraintsRecorded() ? p.constraints()
				: current.stream().map(c -> new Proposal.Constraint(c.kind(), c.mentorId(), c.menteeId(), true, null)).toList();
		Set<UUID> ids = new HashSet<>();
		p.pairs().forEach(x -> {
			ids.add(x.mentorId());
			ids.add(x.menteeId());
		});
		p.unmatched().forEach(u -> ids.add(u.menteeId()));
		p.alternatives().forEach(a -> ids.add(a.mentorId()));
		current.forEach(c -> {
			ids.add(c.mentorId());
			ids.add(c.menteeId());
		});
		run.forEach(c -> {
			ids.add(c.mentorId());
			ids.add(c.menteeId());
		});
		Map<UUID, Candidate> people = programmes.people(ids);
		Set<ConstraintKey> now = new HashSet<>();
		current.forEach(c -> now.add(new ConstraintKey(c.kind(), c.pair())));
		Set<ConstraintKey> then = new HashSet<>();
		run.forEach(c -> then.add(new ConstraintKey(c.kind(), c.pair())));
		Weights w = p.weights(); // the weights this run was computed with, so the parts add up to its fit
		var pairs = new ArrayList<ProposedPairView>();
		for (Proposal.Pair x : p.pairs()) {
			var parts = new ArrayList<PartView>();
			for (var part : x.parts().entrySet()) {
				double weight = switch (part.getKey()) {
					case REQUESTS -> w.requests();
					case COMPATIBILITY -> w.compatibility();
					case SAME_ORGANISATION -> w.sameOrganisation();
				};
				parts.add(new PartView(part.getKey().name(), part.getKey().russianName(), part.getValue(), weight));
			}
			pairs.add(new ProposedPairView(x.mentorId(), name(people, x.mentorId()), x.menteeId(),
					name(people, x.menteeId()), x.fit(), parts, x.coveredRequests(), x.uncoveredRequests(), x.summary(),
					x.locked(), now.contains(new ConstraintKey(ConstraintKind.LOCKED, new PairKey(x.mentorId(), x.menteeId()))),
					alternatives(p, x.menteeId(), x.mentorId(), people)));
		}
		var unmatched = p.unmatched().stream()
			.map(u -> new UnmatchedView(u.menteeId(), name(people, u.menteeId()), u.reason(), u.message(),
					alternatives(p, u.menteeId(), null, people)))
			.toList();
		var constraints = run.stream()
			.map(c -> new RunConstraintView(c.kind().name(), c.kind().title(), c.mentorId(), name(people, c.mentorId()),
					c.menteeId(), name(people, c.menteeId()), c.applied(), c.problem(), now.contains(new ConstraintKey(c.kind(), c.pair()))))
			.toList();
		var locks = constraints.stream().filter(c -> c.kind().equals(ConstraintKind.LOCKED.name())).toList();
		var forbidden = constraints.stream().filter(c -> c.kind().equals(ConstraintKind.FORBIDDEN.name()))
			.map(c -> new ForbiddenView(c.mentorId(), c.mentorName(), c.menteeId(), c.menteeName(), c.applied(), c.problem(),
					c.current()))
			.toList();
		var changes = new ArrayList<ChangeView>();
		for (CuratorConstraint c : current) {
			if (!then.contains(new ConstraintKey(c.kind(), c.pair()))) {
				changes.add(new ChangeView(c.kind().name(), "ADDED", c.kind() == ConstraintKind.LOCKED ? "закреплена"
						: "запрещена", c.mentorId(), name(people, c.mentorId()), c.menteeId(), name(people, c.menteeId())));
			}
		}
		for (Proposal.Constraint c : run) {
			if (!now.contains(new ConstraintKey(c.kind(), c.pair()))) {
				changes.add(new ChangeView(c.kind().name(), "RELEASED", c.kind() == ConstraintKind.LOCKED
						? "закрепление снято" : "запрет снят", c.mentorId(), name(people, c.mentorId()), c.menteeId(),
						name(people, c.menteeId())));
			}
		}
		return new ProposalView(p.id(), p.programmeId(), p.formCode(), p.formName(), p.createdAt(), p.mentorCount(),
				p.menteeCount(), p.matchedCount(), p.totalFit(), p.solverName(), matching.solverTitle(p.solverName()),
				p.solveMillis(), pairs, unmatched, p.constraintsRecorded(), constraints, locks, forbidden, changes);
	}

	private static List<AlternativeView> alternatives(Proposal p, UUID menteeId, UUID current, Map<UUID, Candidate> people) {
		return p.alternativesFor(menteeId).stream().filter(a -> !a.mentorId().equals(current))
			.map(a -> new AlternativeView(a.mentorId(), name(people, a.mentorId()), a.fit(), a.mentorHasFreeSlot()))
			.toList();
	}

	public OrderView order(PairingOrder o) {
		Programme programme = programmes.programme(o.programmeId());
		return new OrderView(o.id(), o.programmeId(), programme.title(), o.organizationId(),
				programmes.organizationName(o.organizationId()), o.number(), o.orderDate(), o.status().name(),
				o.status().title(), o.status() == ru.nastavnik.pairing.domain.OrderStatus.ISSUED, o.issuedAt(),
				pairs(orders.pairsOf(o)));
	}

	public PairView pair(MentorshipPair p) {
		return pairs(List.of(p)).get(0);
	}

	public List<PairView> pairs(Collection<MentorshipPair> list) {
		Set<UUID> ids = new HashSet<>();
		list.forEach(p -> {
			ids.add(p.mentorId());
			ids.addAll(p.menteeIds());
		});
		Map<UUID, Candidate> people = programmes.people(ids);
		return list.stream().map(p -> {
			var milestones = new ArrayList<MilestoneView>();
			for (int i = 0; i < p.milestones().size(); i++) {
				var m = p.milestones().get(i);
				milestones.add(new MilestoneView(i, m.title(), m.dueOn(), m.status(), m.status().title(), m.doneOn(), m.note()));
			}
			return new PairView(p.id(), p.programmeId(), p.organizationId(), p.formCode(), p.formName(),
					new MemberView(p.mentorId(), name(people, p.mentorId()), p.mentorCategory()),
					p.mentees().stream().map(m -> new MemberView(m.menteeId(), name(people, m.menteeId()), m.category())).toList(),
					p.status(), p.status().title(), p.orderId(), p.activatedOn(), p.completedOn(), p.outcome(), p.dissolvedOn(),
					p.reason(), p.planTitle(), milestones);
		}).toList();
	}

	static String name(Map<UUID, Candidate> people, UUID id) {
		Candidate c = people.get(id);
		return c == null ? "Участник (нет сведений)" : c.fullName();
	}

	/** A milestone's number in a path: a clear Russian error instead of a type mismatch. */
	static int index(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			throw BusinessRuleProblem.invalid("index", "Номер этапа индивидуального плана должен быть целым числом");
		}
	}
}
