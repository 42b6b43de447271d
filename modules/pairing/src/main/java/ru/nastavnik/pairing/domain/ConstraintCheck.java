package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.pairing.domain.matching.HardRules;
import ru.nastavnik.pairing.domain.matching.MenteeCandidate;
import ru.nastavnik.pairing.domain.matching.MentorCandidate;
import ru.nastavnik.pairing.domain.matching.PairKey;

/**
 * Which of the curator's locks and bans a matching run can honour, and why not the others — the same check when a
 * lock is made (it is refused) and when a run starts (it is left out and shown with its reason, so a lock that became
 * invalid later never breaks a re-run).
 *
 * <p>A lock holds when its mentor and mentee are candidates of the run (the mentor of the organisation or of a
 * cross-organisation category the form admits, able to take part; the mentee of the organisation, able to take part,
 * not yet in an active pair), the form's rules allow the pair, and the mentor has a place left: their capacity minus
 * their active pairs in every programme of the tenant, given to their locks oldest first. A ban applies when both
 * people are candidates of the run; otherwise it has nothing to forbid this time.
 */
public final class ConstraintCheck {

	/** What kind of fault keeps a constraint out of the run. */
	public enum Fault {
		/** The mentor is not a candidate of the run (named in the problem). */
		MENTOR,
		/** The mentee is not a candidate of the run. */
		MENTEE,
		/** The form's rules do not allow the pair. */
		RULE,
		/** The mentor has no place left for it. */
		CAPACITY
	}

	/** The outcome for one constraint: applied, or left out with a Russian {@code problem} that names the people. */
	public record Verdict(ConstraintKind kind, PairKey pair, Instant createdAt, Fault fault, String problem) {

		public boolean applied() {
			return problem == null;
		}

		static Verdict applied(CuratorConstraint c) {
			return new Verdict(c.kind(), c.pair(), c.createdAt(), null, null);
		}

		static Verdict refused(CuratorConstraint c, Fault fault, String problem) {
			return new Verdict(c.kind(), c.pair(), c.createdAt(), fault, problem);
		}
	}

	private ConstraintCheck() {
	}

	/** The verdict of every constraint, oldest first. */
	public static List<Verdict> check(CandidatePool pool, List<CuratorConstraint> constraints) {
		List<CuratorConstraint> ordered = new ArrayList<>(constraints);
		ordered.sort(Comparator.comparing(CuratorConstraint::createdAt).thenComparing(c -> c.id().toString()));
		Map<UUID, Integer> locked = new HashMap<>();
		List<Verdict> verdicts = new ArrayList<>();
		for (CuratorConstraint c : ordered) {
			verdicts.add(c.kind() == ConstraintKind.LOCKED ? lock(pool, c, locked) : ban(pool, c));
		}
		return verdicts;
	}

	private static Verdict lock(CandidatePool pool, CuratorConstraint c, Map<UUID, Integer> locked) {
		Optional<String> mentorFault = pool.whyNotMentor(c.mentorId());
		if (mentorFault.isPresent()) {
			return Verdict.refused(c, Fault.MENTOR, mentorFault.get());
		}
		Optional<String> menteeFault = pool.whyNotMentee(c.menteeId());
		if (menteeFault.isPresent()) {
			return Verdict.refused(c, Fault.MENTEE, menteeFault.get());
		}
		MentorCandidate mentor = pool.mentor(c.mentorId()).orElseThrow();
		MenteeCandidate mentee = pool.mentee(c.menteeId()).orElseThrow();
		Optional<String> rule = HardRules.violation(pool.rules(), mentor, mentee);
		if (rule.isPresent()) {
			return Verdict.refused(c, Fault.RULE, rule.get());
		}
		int already = locked.getOrDefault(c.mentorId(), 0);
		if (already + 1 > mentor.capacity()) {
			return Verdict.refused(c, Fault.CAPACITY, "у наставника " + pool.name(c.mentorId())
					+ " не осталось мест: ёмкость " + pool.capacity(c.mentorId()) + ", в действующих парах "
					+ pool.activeLoad(c.mentorId()) + ", закреплено в этом подборе " + already);
		}
		locked.put(c.mentorId(), already + 1);
		return Verdict.applied(c);
	}

	private static Verdict ban(CandidatePool pool, CuratorConstraint c) {
		Optional<String> mentorFault = pool.whyNotMentor(c.mentorId());
		if (mentorFault.isPresent()) {
			return Verdict.refused(c, Fault.MENTOR, mentorFault.get());
		}
		return pool.whyNotMentee(c.menteeId()).map(p -> Verdict.refused(c, Fault.MENTEE, p))
			.orElseGet(() -> Verdict.applied(c));
	}
}
