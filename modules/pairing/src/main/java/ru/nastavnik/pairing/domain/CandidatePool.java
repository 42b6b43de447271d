package ru.nastavnik.pairing.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.FormRules;
import ru.nastavnik.pairing.domain.matching.MenteeCandidate;
import ru.nastavnik.pairing.domain.matching.MentorCandidate;

/**
 * The candidates of one matching run — a programme of one organisation, one form: the mentors (of the organisation,
 * and of the cross-organisation categories the form admits) with the places their active pairs in every programme of
 * the tenant left, and the mentees of the organisation not yet in an active pair. It also knows everyone else the
 * curator's constraints name, so that it can say in Russian why one of them is not a candidate.
 */
public final class CandidatePool {

	private final FormRules rules;

	private final UUID organizationId;

	private final Set<Category> crossOrganisation;

	private final ActivePairs active;

	private final Map<UUID, Candidate> people = new LinkedHashMap<>();

	private final Map<UUID, MentorCandidate> mentors = new LinkedHashMap<>();

	private final Map<UUID, MenteeCandidate> mentees = new LinkedHashMap<>();

	/**
	 * @param matchable         the matchable candidates of the organisation and the cross-organisation mentors
	 * @param crossOrganisation the categories whose mentors come from the whole tenant
	 * @param others            anyone else the run has to name (e.g. the people of the curator's constraints)
	 */
	public CandidatePool(FormRules rules, UUID organizationId, Set<Category> crossOrganisation,
			Collection<Candidate> matchable, ActivePairs active, Collection<Candidate> others) {
		this.rules = rules;
		this.organizationId = organizationId;
		this.crossOrganisation = Set.copyOf(crossOrganisation);
		this.active = active;
		for (Candidate c : matchable) {
			people.put(c.id(), c);
			Category category = Category.valueOf(c.category());
			if (c.mentor() && rules.mentorCategories().contains(category)
					&& (organizationId.equals(c.organizationId()) || crossOrganisation.contains(category))) {
				mentors.put(c.id(), c.asMentor(c.capacity() - active.load(c.id())));
			}
			if (c.mentee() && rules.menteeCategories().contains(category) && organizationId.equals(c.organizationId())
					&& !active.engaged(c.id())) {
				mentees.put(c.id(), c.asMentee());
			}
		}
		others.forEach(c -> people.putIfAbsent(c.id(), c));
	}

	public FormRules rules() {
		return rules;
	}

	public List<MentorCandidate> mentors() {
		return List.copyOf(mentors.values());
	}

	public List<MenteeCandidate> mentees() {
		return List.copyOf(mentees.values());
	}

	public Optional<MentorCandidate> mentor(UUID id) {
		return Optional.ofNullable(mentors.get(id));
	}

	public Optional<MenteeCandidate> mentee(UUID id) {
		return Optional.ofNullable(mentees.get(id));
	}

	/** The mentor's capacity (from the registry) and what their active pairs take of it. */
	public int capacity(UUID mentorId) {
		Candidate c = people.get(mentorId);
		return c == null ? 0 : c.capacity();
	}

	public int activeLoad(UUID mentorId) {
		return active.load(mentorId);
	}

	/** The name for messages: «Иванова Анна Петровна», or a placeholder for someone this module does not know. */
	public String name(UUID id) {
		Candidate c = people.get(id);
		return c == null ? "участник (нет сведений)" : c.fullName();
	}

	/** Whether the id is someone the pool knows by name. */
	public boolean known(UUID id) {
		Candidate c = people.get(id);
		return c != null && c.category() != null;
	}

	/** Why this id is not a mentor of this run, naming the person; empty when it is. */
	public Optional<String> whyNotMentor(UUID id) {
		if (mentors.containsKey(id)) {
			return Optional.empty();
		}
		return outsideAsMentor(id).or(() -> absence("наставник", id))
			.or(() -> Optional.of("наставник " + name(id) + " не участвует в этом подборе"));
	}

	/** Why this id is not a mentee of this run, naming the person; empty when it is. */
	public Optional<String> whyNotMentee(UUID id) {
		if (mentees.containsKey(id)) {
			return Optional.empty();
		}
		return outsideAsMentee(id).or(() -> absence("наставляемый", id)).or(() -> Optional.of(active.engaged(id)
				? "наставляемый " + name(id) + " уже в действующей паре, закреплённой приказом"
				: "наставляемый " + name(id) + " не участвует в этом подборе"));
	}

	/**
	 * Why this id is not among the programme's possible mentors whatever their state (a participant of another
	 * organisation, not a mentor, or of a category the form does not take); empty when it is. Bans are checked by this.
	 */
	public Optional<String> outsideAsMentor(UUID id) {
		if (!known(id)) {
			return Optional.of("наставник не найден среди кандидатов программы (идентификатор " + id + ")");
		}
		Candidate c = people.get(id);
		Category category = Category.valueOf(c.category());
		if (!c.mentor()) {
			return Optional.of("участник " + c.fullName() + " не наставник");
		}
		if (!organizationId.equals(c.organizationId()) && !crossOrganisation.contains(category)) {
			return Optional.of("наставник " + c.fullName() + " не из организации программы");
		}
		if (!rules.mentorCategories().contains(category)) {
			return Optional.of("наставник " + c.fullName() + ": категория наставника «" + category.russianName()
					+ "» не допускается формой «" + rules.name() + "»");
		}
		return Optional.empty();
	}

	/** The same for mentees: of the programme's organisation, a mentee, of a category the form takes. */
	public Optional<String> outsideAsMentee(UUID id) {
		if (!known(id)) {
			return Optional.of("наставляемый не найден среди кандидатов программы (идентификатор " + id + ")");
		}
		Candidate c = people.get(id);
		Category category = Category.valueOf(c.category());
		if (!c.mentee()) {
			return Optional.of("участник " + c.fullName() + " не наставляемый");
		}
		if (!organizationId.equals(c.organizationId())) {
			return Optional.of("наставляемый " + c.fullName() + " не из организации программы");
		}
		if (!rules.menteeCategories().contains(category)) {
			return Optional.of("наставляемый " + c.fullName() + ": категория наставляемого «" + category.russianName()
					+ "» не допускается формой «" + rules.name() + "»");
		}
		return Optional.empty();
	}

	private Optional<String> absence(String role, UUID id) {
		return people.get(id).absence().map(reason -> role + " " + name(id) + ": " + reason);
	}
}
