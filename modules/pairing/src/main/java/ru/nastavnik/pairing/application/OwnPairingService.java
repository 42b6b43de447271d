package ru.nastavnik.pairing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.MentorshipPair;
import ru.nastavnik.pairing.domain.Organization;
import ru.nastavnik.pairing.domain.PairRepository;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.Programme;
import ru.nastavnik.pairing.domain.ProgrammeRepository;
import ru.nastavnik.pairing.domain.ProgrammeStatus;

/**
 * What a participant sees of pairing about themself (decision 0010): the programmes of their organisation and of
 * their pairs, their pairs and groups fixed by an order, the other members by name and school only, the milestones
 * of the individual plan. The participant policies of row-level security show the queries nothing else; the code
 * filters by the participant as well.
 */
@Service
@Transactional(readOnly = true)
public class OwnPairingService {

	private final PairRepository pairs;

	private final ProgrammeRepository programmes;

	private final CandidateProjection candidates;

	private final Access access;

	OwnPairingService(PairRepository pairs, ProgrammeRepository programmes, CandidateProjection candidates, Access access) {
		this.pairs = pairs;
		this.programmes = programmes;
		this.candidates = candidates;
		this.access = access;
	}

	/** Another member of the pair: name and school only. */
	public record Partner(String role, String name, String organization) {
	}

	public record OwnProgramme(UUID id, String title, LocalDate startsOn, LocalDate endsOn, boolean open) {
	}

	public record OwnPair(UUID id, String programme, String form, String status, String myRole, List<Partner> partners,
			LocalDate activatedOn, String planTitle, List<MentorshipPair.Milestone> milestones) {
	}

	public List<OwnProgramme> programmes() {
		access.ownParticipant();
		return programmes.findAll().stream()
			.sorted(Comparator.comparing(Programme::startsOn, Comparator.nullsLast(Comparator.reverseOrder())))
			.map(p -> new OwnProgramme(p.id(), p.title(), p.startsOn(), p.endsOn(), p.status() == ProgrammeStatus.OPEN))
			.toList();
	}

	/** The participant's pairs and groups fixed by an order (a proposal or a draft order is not theirs to see yet). */
	public List<OwnPair> pairs() {
		UUID me = access.ownParticipant();
		List<MentorshipPair> mine = pairs.findAll().stream()
			.filter(p -> p.status() != PairStatus.PROPOSED)
			.filter(p -> me.equals(p.mentorId()) || p.menteeIds().contains(me))
			.sorted(Comparator.comparing(MentorshipPair::createdAt).reversed())
			.toList();
		var people = new ArrayList<UUID>();
		mine.forEach(p -> {
			people.add(p.mentorId());
			people.addAll(p.menteeIds());
		});
		Map<UUID, Candidate> byId = candidates.byIds(people);
		Map<UUID, String> schools = candidates.organizations().stream()
			.collect(Collectors.toMap(Organization::id, Organization::title, (a, b) -> a));
		Map<UUID, String> titles = programmes.findAll().stream()
			.collect(Collectors.toMap(Programme::id, Programme::title, (a, b) -> a));
		Function<UUID, Partner> partner = id -> {
			Candidate c = byId.get(id);
			return new Partner(null, c == null ? "участник" : c.fullName(),
					c == null || c.organizationId() == null ? "" : schools.getOrDefault(c.organizationId(), ""));
		};
		var result = new ArrayList<OwnPair>();
		for (MentorshipPair p : mine) {
			boolean mentor = me.equals(p.mentorId());
			var partners = new ArrayList<Partner>();
			if (mentor) {
				p.menteeIds().forEach(id -> {
					Partner x = partner.apply(id);
					partners.add(new Partner("наставляемый", x.name(), x.organization()));
				});
			}
			else {
				Partner x = partner.apply(p.mentorId());
				partners.add(new Partner("наставник", x.name(), x.organization()));
			}
			result.add(new OwnPair(p.id(), titles.getOrDefault(p.programmeId(), "Программа наставничества"), p.formName(),
					p.status().title(), mentor ? "наставник" : "наставляемый", partners, p.activatedOn(), p.planTitle(),
					p.milestones()));
		}
		return result;
	}
}
