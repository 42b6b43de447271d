package ru.nastavnik.pairing.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.domain.ActivePairs;
import ru.nastavnik.pairing.domain.AnswerRepository;
import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.CandidatePool;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.ConstraintCheck;
import ru.nastavnik.pairing.domain.ConstraintKind;
import ru.nastavnik.pairing.domain.CuratorConstraint;
import ru.nastavnik.pairing.domain.CuratorConstraintRepository;
import ru.nastavnik.pairing.domain.PairRepository;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.Programme;
import ru.nastavnik.pairing.domain.Proposal;
import ru.nastavnik.pairing.domain.ProposalRepository;
import ru.nastavnik.pairing.domain.ProposalWriter;
import ru.nastavnik.pairing.domain.QuestionRepository;
import ru.nastavnik.pairing.domain.QuestionnaireCompatibility;
import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.FormRules;
import ru.nastavnik.pairing.domain.matching.MatchingEngine;
import ru.nastavnik.pairing.domain.matching.MatchingInputException;
import ru.nastavnik.pairing.domain.matching.MatchingProblem;
import ru.nastavnik.pairing.domain.matching.MenteeCandidate;
import ru.nastavnik.pairing.domain.matching.MentorCandidate;
import ru.nastavnik.pairing.domain.matching.PairKey;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;

/**
 * Matching for a whole programme and one of its forms: builds the {@link MatchingProblem} from the candidates of the
 * programme's organisation (mentors of cross-organisation categories — students, employers' representatives — from
 * the whole tenant), the form's rules, the tenant's «only trained mentors» setting, the questionnaire compatibility and
 * the curator's locked and forbidden pairs; runs the engine (OR-Tools min-cost flow) and keeps the result as a
 * {@link Proposal}. Mentees already in an active pair are left out; mentors' capacity is what their active pairs left.
 */
@Service
@Transactional
public class MatchingService {

	private final ProgrammeService programmes;

	private final CandidateProjection candidates;

	private final ProposalRepository proposals;

	private final ProposalWriter newProposals;

	private final CuratorConstraintRepository constraints;

	private final PairRepository pairs;

	private final QuestionRepository questions;

	private final AnswerRepository answers;

	private final MatchingEngine engine;

	MatchingService(ProgrammeService programmes, CandidateProjection candidates, ProposalRepository proposals,
			ProposalWriter newProposals, CuratorConstraintRepository constraints, PairRepository pairs,
			QuestionRepository questions, AnswerRepository answers, MatchingEngine engine) {
		this.programmes = programmes;
		this.candidates = candidates;
		this.proposals = proposals;
		this.newProposals = newProposals;
		this.constraints = constraints;
		this.pairs = pairs;
		this.questions = questions;
		this.answers = answers;
		this.engine = engine;
	}

	/** Runs matching for a programme and form (the programme's first form when none is given). */
	public Proposal run(UUID programmeId, String formCode) {
		Programme programme = programmes.programme(programmeId);
		programme.requireOpen();
		String code = formCode == null || formCode.isBlank() ? programme.formCodes().get(0) : formCode;
		programme.requireForm(code);
		List<CuratorConstraint> current = constraints.findByProgrammeIdAndFormCode(programme.id(), code);
		CandidatePool pool = pool(programme, code, current);
		// a constraint the run cannot honour (its mentor left, withdrew the consent, has no place left…) is left out
		// and recorded with its reason: a re-run never fails because of an earlier lock
		List<ConstraintCheck.Verdict> verdicts = ConstraintCheck.check(pool, current);
		Set<PairKey> locked = new HashSet<>();
		Set<PairKey> forbidden = new HashSet<>();
		verdicts.stream().filter(ConstraintCheck.Verdict::applied)
			.forEach(v -> (v.kind() == ConstraintKind.LOCKED ? locked : forbidden).add(v.pair()));
		List<MentorCandidate> mentors = pool.mentors();
		List<MenteeCandidate> mentees = pool.mentees();
		var everyone = new HashSet<UUID>();
		mentors.forEach(m -> everyone.add(m.participantId()));
		mentees.forEach(m -> everyone.add(m.participantId()));
		var compatibility = new QuestionnaireCompatibility(questions.findByActiveTrueOrderByPositionAsc(),
				answers.findByParticipantIdIn(everyone));
		var problem = new MatchingProblem(pool.rules(), mentors, mentees, locked, forbidden, compatibility,
				programme.fitWeights());
		try {
			var result = engine.match(problem);
			// its child rows (hundreds in a large run) in one statement per table, not one insert per row
			Proposal proposal = Proposal.of(programme.id(), result, problem.weights(), mentors.size(), mentees.size(),
					verdicts);
			newProposals.insert(proposal);
			return proposal;
		}
		catch (MatchingInputException e) { // only a malformed run is left (e.g. too many possible pairs)
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.CONFLICT,
					"Подбор пар не выполнен: " + String.join("; ", e.problems()),
					e.problems().stream().map(p -> new BusinessRuleProblem.FieldError("constraints", p)).toList());
		}
	}

	/**
	 * The candidates of a run of the programme and form: the matchable candidates of its organisation (and the
	 * cross-organisation mentors the form admits), with the places the tenant's active pairs left, and whoever the
	 * given constraints name.
	 */
	private CandidatePool pool(Programme programme, String code, List<CuratorConstraint> named) {
		FormRules rules = programmes.form(code).rules(programmes.settings().onlyTrainedMentors());
		Set<Category> cross = rules.mentorCategories().stream().filter(ProgrammeService.crossOrganisation()::contains)
			.collect(Collectors.toSet());
		List<Candidate> matchable = candidates.matchableIn(programme.organizationId(),
				cross.stream().map(Category::name).collect(Collectors.toSet()));
		Set<UUID> people = new HashSet<>();
		named.forEach(c -> {
			people.add(c.mentorId());
			people.add(c.menteeId());
		});
		matchable.forEach(c -> people.remove(c.id()));
		return new CandidatePool(rules, programme.organizationId(), cross, matchable,
				ActivePairs.of(pairs.findByStatusIn(List.of(PairStatus.ACTIVE))), candidates.byIds(people).values());
	}

	@Transactional(readOnly = true)
	public Proposal proposal(UUID id) {
		Proposal p = proposals.findById(id).orElseThrow(() -> new NotFoundProblem("Предложение пар не найдено"));
		programmes.programme(p.programmeId());
		return p;
	}

	/** The Russian words for the engine a proposal was found by (no database: no transaction of its own). */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String solverTitle(String solverName) {
		return engine.solverTitle(solverName);
	}

	@Transactional(readOnly = true)
	public List<Proposal> proposals(UUID programmeId) {
		programmes.programme(programmeId);
		return proposals.findByProgrammeIdOrderByCreatedAtDesc(programmeId);
	}

	@Transactional(readOnly = true)
	public List<CuratorConstraint> constraints(Proposal proposal) {
		return constraints.findByProgrammeIdAndFormCode(proposal.programmeId(), proposal.formCode());
	}

	/** Runs the proposal's programme and form again with the curator's current constraints. */
	public Proposal rerun(UUID proposalId) {
		Proposal p = proposal(proposalId);
		return run(p.programmeId(), p.formCode());
	}

	/**
	 * The curator keeps this pair in every run; a mentee has at most one locked mentor (locking another replaces it).
	 * Checked as a run would check it, with the lock as the newest: refused (422; 409 when the mentor has no place
	 * left) naming the people and the rule, and nothing is kept.
	 */
	public CuratorConstraint lock(UUID proposalId, PairKey pair) {
		Proposal p = proposal(proposalId);
		Programme programme = programmes.programme(p.programmeId());
		programme.requireOpen();
		List<CuratorConstraint> current = constraints.findByProgrammeIdAndFormCode(p.programmeId(), p.formCode());
		List<CuratorConstraint> replaced = current.stream()
			.filter(c -> c.pair().equals(pair) || c.kind() == ConstraintKind.LOCKED && c.menteeId().equals(pair.menteeId()))
			.toList();
		var lock = CuratorConstraint.of(p.programmeId(), p.formCode(), pair, ConstraintKind.LOCKED);
		var prospective = new ArrayList<>(current);
		prospective.removeAll(replaced);
		prospective.add(lock);
		CandidatePool pool = pool(programme, p.formCode(), prospective);
		ConstraintCheck.Verdict verdict = ConstraintCheck.check(pool, prospective).stream()
			.filter(v -> v.kind() == ConstraintKind.LOCKED && v.pair().equals(pair))
			.findFirst()
			.orElseThrow();
		if (!verdict.applied()) {
			String what = pool.known(pair.mentorId()) && pool.known(pair.menteeId())
					? "Пару «" + pool.name(pair.mentorId()) + " — " + pool.name(pair.menteeId()) + "» нельзя закрепить: "
					: "Пару нельзя закрепить: ";
			String field = verdict.fault() == ConstraintCheck.Fault.MENTEE ? "menteeId" : "mentorId";
			throw new BusinessRuleProblem(verdict.fault() == ConstraintCheck.Fault.CAPACITY
					? BusinessRuleProblem.Kind.CONFLICT : BusinessRuleProblem.Kind.INVALID, what + verdict.problem(),
					List.of(new BusinessRuleProblem.FieldError(field, verdict.problem())));
		}
		constraints.deleteAll(replaced.stream().filter(c -> !c.pair().equals(pair)).toList());
		return put(p, pair, ConstraintKind.LOCKED);
	}

	/**
	 * The curator never wants this pair proposed. Both people must be candidates of the programme (the mentor of its
	 * organisation or of a cross-organisation category of the form, the mentee of its organisation); whether they can
	 * take part right now does not matter for a ban.
	 */
	public CuratorConstraint forbid(UUID proposalId, PairKey pair) {
		Proposal p = proposal(proposalId);
		Programme programme = programmes.programme(p.programmeId());
		programme.requireOpen();
		CandidatePool pool = pool(programme, p.formCode(), List.of(CuratorConstraint.of(p.programmeId(), p.formCode(),
				pair, ConstraintKind.FORBIDDEN)));
		pool.outsideAsMentor(pair.mentorId()).ifPresent(problem -> {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Пару нельзя запретить: " + problem,
					List.of(new BusinessRuleProblem.FieldError("mentorId", problem)));
		});
		pool.outsideAsMentee(pair.menteeId()).ifPresent(problem -> {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Пару нельзя запретить: " + problem,
					List.of(new BusinessRuleProblem.FieldError("menteeId", problem)));
		});
		return put(p, pair, ConstraintKind.FORBIDDEN);
	}

	/** Removes the curator's lock or ban of this pair. */
	public void release(UUID proposalId, PairKey pair) {
		Proposal p = proposal(proposalId);
		constraints.findByProgrammeIdAndFormCodeAndMentorIdAndMenteeId(p.programmeId(), p.formCode(), pair.mentorId(),
				pair.menteeId()).ifPresent(constraints::delete);
	}

	/** Moves a mentee to another mentor: locks the new pair and runs again (the solver rearranges the rest). */
	public Proposal swap(UUID proposalId, UUID menteeId, UUID mentorId) {
		Proposal p = proposal(proposalId);
		boolean known = p.alternativesFor(menteeId).stream().anyMatch(a -> a.mentorId().equals(mentorId))
				|| p.pairs().stream().anyMatch(x -> x.mentorId().equals(mentorId));
		if (!known) {
			throw BusinessRuleProblem.invalid("mentorId", "Этот наставник не подходит наставляемому по правилам формы");
		}
		lock(proposalId, new PairKey(mentorId, menteeId));
		return run(p.programmeId(), p.formCode());
	}

	private CuratorConstraint put(Proposal p, PairKey pair, ConstraintKind kind) {
		var existing = constraints.findByProgrammeIdAndFormCodeAndMentorIdAndMenteeId(p.programmeId(), p.formCode(),
				pair.mentorId(), pair.menteeId());
		if (existing.isPresent()) {
			existing.get().change(kind);
			return constraints.save(existing.get());
		}
		return constraints.save(CuratorConstraint.of(p.programmeId(), p.formCode(), pair, kind));
	}
}
