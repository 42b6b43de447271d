package ru.nastavnik.pairing.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.domain.AnswerRepository;
import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.ConstraintKind;
import ru.nastavnik.pairing.domain.CuratorConstraint;
import ru.nastavnik.pairing.domain.CuratorConstraintRepository;
import ru.nastavnik.pairing.domain.MentorshipForm;
import ru.nastavnik.pairing.domain.MentorshipPair;
import ru.nastavnik.pairing.domain.PairRepository;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.Programme;
import ru.nastavnik.pairing.domain.Proposal;
import ru.nastavnik.pairing.domain.ProposalRepository;
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

	private final CuratorConstraintRepository constraints;

	private final PairRepository pairs;

	private final QuestionRepository questions;

	private final AnswerRepository answers;

	private final MatchingEngine engine;

	MatchingService(ProgrammeService programmes, CandidateProjection candidates, ProposalRepository proposals,
			CuratorConstraintRepository constraints, PairRepository pairs, QuestionRepository questions,
			AnswerRepository answers, MatchingEngine engine) {
		this.programmes = programmes;
		this.candidates = candidates;
		this.proposals = proposals;
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
		MentorshipForm form = programmes.form(code);
		FormRules rules = form.rules(programmes.settings().onlyTrainedMentors());

		Set<String> cross = rules.mentorCategories().stream().filter(ProgrammeService.crossOrganisation()::contains)
			.map(Category::name).collect(Collectors.toSet());
		List<Candidate> pool = candidates.matchableIn(programme.organizationId(), cross);

		Map<UUID, Integer> load = new HashMap<>();
		Set<UUID> engaged = new HashSet<>();
		for (MentorshipPair active : pairs.findByStatusIn(List.of(PairStatus.ACTIVE))) {
			load.merge(active.mentorId(), active.mentees().size(), Integer::sum);
			engaged.addAll(active.menteeIds());
		}
		List<MentorCandidate> mentors = new ArrayList<>();
		List<MenteeCandidate> mentees = new ArrayList<>();
		Set<String> mentorCategories = rules.mentorCategories().stream().map(Category::name).collect(Collectors.toSet());
		Set<String> menteeCategories = rules.menteeCategories().stream().map(Category::name).collect(Collectors.toSet());
		for (Candidate c : pool) {
			if (c.mentor() && mentorCategories.contains(c.category())) {
				mentors.add(c.asMentor(c.capacity() - load.getOrDefault(c.id(), 0)));
			}
			if (c.mentee() && menteeCategories.contains(c.category()) && programme.organizationId().equals(c.organizationId())
					&& !engaged.contains(c.id())) {
				mentees.add(c.asMentee());
			}
		}
		Set<UUID> mentorIds = mentors.stream().map(MentorCandidate::participantId).collect(Collectors.toSet());
		Set<UUID> menteeIds = mentees.stream().map(MenteeCandidate::participantId).collect(Collectors.toSet());
		Set<PairKey> locked = new HashSet<>();
		Set<PairKey> forbidden = new HashSet<>();
		for (CuratorConstraint c : constraints.findByProgrammeIdAndFormCode(programme.id(), code)) {
			if (!mentorIds.contains(c.mentorId()) || !menteeIds.contains(c.menteeId())) {
				continue; // a participant no longer matchable: the constraint waits
			}
			(c.kind() == ConstraintKind.LOCKED ? locked : forbidden).add(c.pair());
		}
		var everyone = new HashSet<UUID>(mentorIds);
		everyone.addAll(menteeIds);
		var compatibility = new QuestionnaireCompatibility(questions.findByActiveTrueOrderByPositionAsc(),
				answers.findByParticipantIdIn(everyone));
		var problem = new MatchingProblem(rules, mentors, mentees, locked, forbidden, compatibility,
				programme.fitWeights());
		try {
			var result = engine.match(problem);
			return proposals.save(Proposal.of(programme.id(), result, problem.weights(), mentors.size(), mentees.size()));
		}
		catch (MatchingInputException e) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.CONFLICT,
					"Закреплённые или запрещённые куратором пары противоречат правилам: " + String.join("; ", e.problems()),
					e.problems().stream().map(p -> new BusinessRuleProblem.FieldError("constraints", p)).toList());
		}
	}

	@Transactional(readOnly = true)
	public Proposal proposal(UUID id) {
		Proposal p = proposals.findById(id).orElseThrow(() -> new NotFoundProblem("Предложение пар не найдено"));
		programmes.programme(p.programmeId());
		return p;
	}

	/** The Russian words for the engine a proposal was found by. */
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

	/** The curator keeps this pair in every run; a mentee has at most one locked mentor. */
	public CuratorConstraint lock(UUID proposalId, PairKey pair) {
		Proposal p = proposal(proposalId);
		for (CuratorConstraint other : constraints.findByProgrammeIdAndFormCodeAndMenteeIdAndKind(p.programmeId(),
				p.formCode(), pair.menteeId(), ConstraintKind.LOCKED)) {
			if (!other.pair().equals(pair)) {
				constraints.delete(other);
			}
		}
		return put(p, pair, ConstraintKind.LOCKED);
	}

	/** The curator never wants this pair proposed. */
	public CuratorConstraint forbid(UUID proposalId, PairKey pair) {
		return put(proposal(proposalId), pair, ConstraintKind.FORBIDDEN);
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
