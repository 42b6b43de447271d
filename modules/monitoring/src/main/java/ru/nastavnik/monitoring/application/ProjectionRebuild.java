package ru.nastavnik.monitoring.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.domain.EventJournal;
import ru.nastavnik.monitoring.domain.Involvement;
import ru.nastavnik.monitoring.domain.Membership;
import ru.nastavnik.monitoring.domain.PairRecord;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.ParticipantRecord;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.pairing.PairCompleted;
import ru.nastavnik.pairing.PairDissolved;
import ru.nastavnik.pairing.PairsFixedByOrder;
import ru.nastavnik.pairing.ProgrammeClosed;
import ru.nastavnik.pairing.ProgrammeOpened;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.registry.ContingentReported;
import ru.nastavnik.registry.CuratorAppointed;
import ru.nastavnik.registry.OrganizationChanged;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.ParticipantsChanged;
import ru.nastavnik.registry.ParticipantsRegistered;
import ru.nastavnik.roadmap.RoadmapAdopted;
import ru.nastavnik.roadmap.RoadmapProgressChanged;

/**
 * Rebuilds one tenant's projections by replaying its events: participants and pairs are folded in memory with the
 * same rules as the listeners (the same domain functions compute the counters), then written in bulk; the other
 * projections are upserted event by event. The result equals what the listeners built from the same events.
 */
@Service
public class ProjectionRebuild {

	private final ProjectionStore store;

	private final ProjectionService projections;

	private final EventJournal journal;

	public ProjectionRebuild(ProjectionStore store, ProjectionService projections, EventJournal journal) {
		this.store = store;
		this.projections = projections;
		this.journal = journal;
	}

	/** What one rebuild did. */
	public record Result(int events, int participants, int pairs, int counterCells) {
	}

	/**
	 * Rebuilds the current tenant's projections from monitoring's journal of the events it handled. Refused for a
	 * tenant onboarded before the journal was kept: its journal lacks the first events, and a rebuild would lose them.
	 */
	@Transactional
	public Result rebuildFromJournal() {
		if (!journal.complete()) {
			throw new BusinessRuleProblem("Пересчёт невозможен: журнал событий мониторинга этого муниципалитета неполон "
					+ "(муниципалитет подключён до того, как журнал стал вестись)");
		}
		return rebuild(journal.replay());
	}

	@Transactional
	public Result rebuild(List<?> events) {
		store.lockTenant();
		var participants = new LinkedHashMap<UUID, ParticipantRecord>();
		var pairs = new LinkedHashMap<UUID, PairRecord>();
		var members = new LinkedHashMap<UUID, Map<List<Object>, ProjectionStore.Member>>();
		for (Object event : events) {
			apply(event, participants, pairs, members);
		}
		var memberships = new HashMap<UUID, List<Membership>>();
		var allMembers = new ArrayList<ProjectionStore.Member>();
		members.forEach((pairId, byKey) -> {
			var pair = pairs.get(pairId);
			for (var m : byKey.values()) {
				allMembers.add(m);
				memberships.computeIfAbsent(m.participantId(), k -> new ArrayList<>())
					.add(new Membership(pairId, pair.formCode(), m.role(), pair.activeFrom(), pair.activeTo()));
			}
		});
		var contributions = new ArrayList<Involvement.Contribution>();
		participants.values().forEach(p -> contributions.addAll(Involvement.of(p.facts(), memberships.getOrDefault(p.id(), List.of()))));
		var involvement = Involvement.deltas(contributions);
		var pairDeltas = new HashMap<ProjectionStore.PairDeltaKey, Integer>();
		pairs.values().forEach(p -> ProjectionService.pairDeltas(p, 1, pairDeltas));
		store.reset();
		store.bulkLoad(participants.values(), pairs.values(), allMembers, involvement, pairDeltas);
		return new Result(events.size(), participants.size(), pairs.size(), involvement.size());
	}

	private void apply(Object event, Map<UUID, ParticipantRecord> participants, Map<UUID, PairRecord> pairs,
			Map<UUID, Map<List<Object>, ProjectionStore.Member>> members) {
		if (event instanceof ParticipantRegistered e) {
			snapshot(participants, e.participant());
		}
		else if (event instanceof ParticipantChanged e) {
			snapshot(participants, e.participant());
		}
		else if (event instanceof ParticipantsRegistered e) {
			e.participants().forEach(p -> snapshot(participants, p));
		}
		else if (event instanceof ParticipantsChanged e) {
			e.participants().forEach(p -> snapshot(participants, p));
		}
		else if (event instanceof ParticipantLeft e) {
			participants.computeIfPresent(e.participantId(),
					(id, p) -> new ParticipantRecord(id, p.organizationId(), p.category(), p.ageBand(), p.roles(),
							p.youngTeacher(), p.mentorTrained(), false, p.joinedOn(), e.leftOn(), p.anonymised()));
		}
		else if (event instanceof ParticipantAnonymised e) {
			participants.computeIfPresent(e.participantId(),
					(id, p) -> new ParticipantRecord(id, p.organizationId(), p.category(), p.ageBand(), p.roles(),
							p.youngTeacher(), p.mentorTrained(), p.active(), p.joinedOn(), p.leftOn(), true));
		}
		else if (event instanceof PairsFixedByOrder e) {
			for (var pair : e.pairs()) {
				UUID org = pair.organizationId() != null ? pair.organizationId() : e.organizationId();
				var list = new ArrayList<ProjectionStore.Member>();
				list.add(new ProjectionStore.Member(pair.pairId(), pair.mentor().participantId(), PairRole.MENTOR,
						pair.mentor().category()));
				pair.mentees().forEach(m -> list.add(new ProjectionStore.Member(pair.pairId(), m.participantId(),
						PairRole.MENTEE, m.category())));
				for (var m : list) {
					addMember(members, m);
					if (m.category() != null) {
						participants.putIfAbsent(m.participantId(), new ParticipantRecord(m.participantId(), org,
								m.category(), null, Set.of(m.role().name()), false, false, true, null, null, false));
					}
				}
				var fixed = new PairRecord(pair.pairId(), pair.formCode(), pair.formName(), org, e.programmeId(),
						e.orderId(), e.orderNumber(), e.orderDate(), null, "ACTIVE");
				pairs.merge(pair.pairId(), fixed, ProjectionRebuild::upsert);
			}
		}
		else if (event instanceof PairCompleted e) {
			end(pairs, members, e.pairId(), e.formCode(), e.organizationId(), e.mentorId(), e.menteeIds(),
					e.completedOn(), "COMPLETED");
		}
		else if (event instanceof PairDissolved e) {
			end(pairs, members, e.pairId(), e.formCode(), e.organizationId(), e.mentorId(), e.menteeIds(),
					e.dissolvedOn(), "DISSOLVED");
		}
		else if (event instanceof OrganizationRegistered e) {
			projections.on(e);
		}
		else if (event instanceof OrganizationChanged e) {
			projections.on(e);
		}
		else if (event instanceof ContingentReported e) {
			projections.on(e);
		}
		else if (event instanceof CuratorAppointed e) {
			projections.on(e);
		}
		else if (event instanceof ProgrammeOpened e) {
			projections.on(e);
		}
		else if (event instanceof ProgrammeClosed e) {
			projections.on(e);
		}
		else if (event instanceof RoadmapAdopted e) {
			projections.on(e);
		}
		else if (event instanceof RoadmapProgressChanged e) {
			projections.on(e);
		}
	}

	/** A registry snapshot, as the listeners apply it: the date of leaving and the anonymisation stay. */
	private static void snapshot(Map<UUID, ParticipantRecord> participants, ParticipantSnapshot p) {
		var known = participants.get(p.participantId());
		participants.put(p.participantId(), ProjectionService.record(p, known == null ? null : known.leftOn(),
				known != null && known.anonymised()));
	}

	private static void addMember(Map<UUID, Map<List<Object>, ProjectionStore.Member>> members, ProjectionStore.Member m) {
		members.computeIfAbsent(m.pairId(), k -> new LinkedHashMap<>())
			.merge(List.of(m.participantId(), m.role()), m, (old, neu) -> neu.category() == null ? old : neu);
	}

	/** The same merge as the pair upsert in the store: earliest start, an end once known, the ended status kept. */
	private static PairRecord upsert(PairRecord old, PairRecord neu) {
		LocalDate from = old.activeFrom().isBefore(neu.activeFrom()) ? old.activeFrom() : neu.activeFrom();
		LocalDate to = neu.activeTo() != null ? neu.activeTo() : old.activeTo();
		String status = neu.activeTo() == null && old.activeTo() != null ? old.status() : neu.status();
		return new PairRecord(neu.id(), neu.formCode(), neu.formName(), neu.organizationId(),
				neu.programmeId() != null ? neu.programmeId() : old.programmeId(),
				neu.orderId() != null ? neu.orderId() : old.orderId(),
				neu.orderNumber() != null ? neu.orderNumber() : old.orderNumber(), from, to, status);
	}

	private static void end(Map<UUID, PairRecord> pairs, Map<UUID, Map<List<Object>, ProjectionStore.Member>> members,
			UUID pairId, String form, UUID org, UUID mentor, List<UUID> mentees, LocalDate on, String status) {
		var existing = pairs.get(pairId);
		if (existing != null) {
			pairs.put(pairId, new PairRecord(pairId, existing.formCode(), existing.formName(), existing.organizationId(),
					existing.programmeId(), existing.orderId(), existing.orderNumber(), existing.activeFrom(), on, status));
			return;
		}
		pairs.put(pairId, new PairRecord(pairId, form, null, org, null, null, null, on, on, status));
		if (mentor != null) {
			addMember(members, new ProjectionStore.Member(pairId, mentor, PairRole.MENTOR, null));
		}
		if (mentees != null) {
			mentees.forEach(m -> addMember(members, new ProjectionStore.Member(pairId, m, PairRole.MENTEE, null)));
		}
	}
}
