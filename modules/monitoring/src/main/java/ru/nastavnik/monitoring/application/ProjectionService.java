package ru.nastavnik.monitoring.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.domain.ContingentFigures;
import ru.nastavnik.monitoring.domain.Involvement;
import ru.nastavnik.monitoring.domain.Membership;
import ru.nastavnik.monitoring.domain.Organization;
import ru.nastavnik.monitoring.domain.PairRecord;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.ParticipantRecord;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.monitoring.domain.RoadmapTotals;
import ru.nastavnik.pairing.PairCompleted;
import ru.nastavnik.pairing.PairDissolved;
import ru.nastavnik.pairing.PairsFixedByOrder;
import ru.nastavnik.pairing.ProgrammeClosed;
import ru.nastavnik.pairing.ProgrammeOpened;
import ru.nastavnik.registry.ContingentReported;
import ru.nastavnik.registry.CuratorAppointed;
import ru.nastavnik.registry.OrganizationChanged;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.roadmap.RoadmapAdopted;
import ru.nastavnik.roadmap.RoadmapProgressChanged;

/**
 * Keeps monitoring's projections of the registry's, pairing's and roadmap's events, in the event's tenant. Every
 * handler is idempotent: rows are upserted by id, and a change to participants or pairs is applied to the counters as
 * the difference between their contribution before and after it — an event seen twice changes nothing the second
 * time. Updates of one tenant are serialised (an advisory lock), so concurrent listeners compute their differences
 * on consistent state.
 */
@Service
@Transactional
public class ProjectionService {

	private final ProjectionStore store;

	public ProjectionService(ProjectionStore store) {
		this.store = store;
	}

	// ------------------------------------------------------------------ registry

	public void on(OrganizationRegistered e) {
		store.saveOrganization(new Organization(e.organizationId(), e.name(), e.shortName()), e.kind());
	}

	public void on(OrganizationChanged e) {
		store.saveOrganization(new Organization(e.organizationId(), e.name(), e.shortName()), e.kind());
	}

	public void on(ContingentReported e) {
		store.saveContingent(e.organizationId(), e.schoolYearStart(), new ContingentFigures(e.pupilsTotal(),
				e.pupils10to19(), e.pupils15to19(), e.teachers(), e.youngTeachers()));
	}

	public void on(CuratorAppointed e) {
		store.saveCurator(e.organizationId(), e.orderNumber(), e.orderDate());
	}

	public void on(ParticipantRegistered e) {
		participants(List.of(e.participant()));
	}

	public void on(ParticipantChanged e) {
		participants(List.of(e.participant()));
	}

	/**
	 * Registry snapshots (one, or a chunk of an import), written in one statement. Only participants already in a pair
	 * can move a counter (a contribution needs a membership), so only theirs are recomputed: for a chunk of newly
	 * registered people that is none, for a chunk of changes the few who are paired.
	 */
	public void participants(List<ParticipantSnapshot> snapshots) {
		store.lockTenant();
		var ids = snapshots.stream().map(ParticipantSnapshot::participantId).toList();
		var paired = store.memberships(ids).keySet();
		recompute(paired, () -> store.saveSnapshots(snapshots.stream().map(p -> record(p, null, false)).toList()));
	}

	/** Serialises the projection updates of the current tenant until the transaction ends. */
	public void lockTenant() {
		store.lockTenant();
	}

	/** The projection row of a registry snapshot (the date of leaving and anonymisation come from their own events). */
	static ParticipantRecord record(ParticipantSnapshot p, LocalDate leftOn, boolean anonymised) {
		return new ParticipantRecord(p.participantId(), p.organizationId(), p.category().name(),
				p.ageBand() == null ? null : p.ageBand().name(),
				p.roles() == null ? Set.of() : p.roles().stream().map(Enum::name).collect(Collectors.toSet()),
				p.youngTeacher(), p.mentorTrained(), p.active() && leftOn == null, p.joinedOn(), leftOn, anonymised);
	}

	public void on(ParticipantLeft e) {
		store.lockTenant();
		recompute(Set.of(e.participantId()), () -> store.participant(e.participantId()).ifPresent(p -> store.saveParticipant(
				new ParticipantRecord(p.id(), p.organizationId(), p.category(), p.ageBand(), p.roles(), p.youngTeacher(),
						p.mentorTrained(), false, p.joinedOn(), e.leftOn(), p.anonymised()))));
	}

	/** An anonymised participant keeps counting: only the flag changes (monitoring holds no name to drop). */
	public void on(ParticipantAnonymised e) {
		store.participant(e.participantId()).ifPresent(p -> store.saveParticipant(new ParticipantRecord(p.id(),
				p.organizationId(), p.category(), p.ageBand(), p.roles(), p.youngTeacher(), p.mentorTrained(), p.active(),
				p.joinedOn(), p.leftOn(), true)));
	}

	// ------------------------------------------------------------------ pairing

	public void on(PairsFixedByOrder e) {
		store.lockTenant();
		var ids = new LinkedHashSet<UUID>();
		for (var pair : e.pairs()) {
			ids.add(pair.mentor().participantId());
			pair.mentees().forEach(m -> ids.add(m.participantId()));
		}
		recompute(ids, () -> {
			var known = store.participants(ids).keySet();
			for (var pair : e.pairs()) {
				UUID org = pair.organizationId() != null ? pair.organizationId() : e.organizationId();
				var members = new ArrayList<ProjectionStore.Member>();
				members.add(new ProjectionStore.Member(pair.pairId(), pair.mentor().participantId(), PairRole.MENTOR,
						pair.mentor().category()));
				pair.mentees().forEach(m -> members.add(new ProjectionStore.Member(pair.pairId(), m.participantId(),
						PairRole.MENTEE, m.category())));
				for (var member : members) {
					if (!known.contains(member.participantId()) && member.category() != null) {
						// the order arrived before the registration: count by what the order says until it does
						store.saveParticipant(new ParticipantRecord(member.participantId(), org, member.category(), null,
								Set.of(member.role().name()), false, false, true, null, null, false));
					}
				}
				changePair(new PairRecord(pair.pairId(), pair.formCode(), pair.formName(), org, e.programmeId(),
						e.orderId(), e.orderNumber(), e.orderDate(), null, "ACTIVE"), members);
			}
		});
	}

	public void on(PairCompleted e) {
		endPair(e.pairId(), e.formCode(), e.organizationId(), e.mentorId(), e.menteeIds(), e.completedOn(), "COMPLETED");
	}

	public void on(PairDissolved e) {
		endPair(e.pairId(), e.formCode(), e.organizationId(), e.mentorId(), e.menteeIds(), e.dissolvedOn(), "DISSOLVED");
	}

	private void endPair(UUID pairId, String form, UUID org, UUID mentor, List<UUID> mentees, LocalDate on, String status) {
		store.lockTenant();
		var ids = new LinkedHashSet<UUID>();
		if (mentor != null) {
			ids.add(mentor);
		}
		if (mentees != null) {
			ids.addAll(mentees);
		}
		store.members(pairId).forEach(m -> ids.add(m.participantId()));
		recompute(ids, () -> {
			var existing = store.pair(pairId);
			var pair = existing
				.map(p -> new PairRecord(p.id(), p.formCode(), p.formName(), p.organizationId(), p.programmeId(),
						p.orderId(), p.orderNumber(), p.activeFrom(), on, status))
				.orElse(new PairRecord(pairId, form, null, org, null, null, null, on, on, status));
			var members = new ArrayList<ProjectionStore.Member>();
			if (existing.isEmpty()) {
				if (mentor != null) {
					members.add(new ProjectionStore.Member(pairId, mentor, PairRole.MENTOR, null));
				}
				if (mentees != null) {
					mentees.forEach(m -> members.add(new ProjectionStore.Member(pairId, m, PairRole.MENTEE, null)));
				}
			}
			changePair(pair, members);
		});
	}

	private void changePair(PairRecord pair, List<ProjectionStore.Member> members) {
		var before = store.pair(pair.id());
		store.savePair(pair, members);
		var after = store.pair(pair.id()).orElseThrow();
		var deltas = new HashMap<ProjectionStore.PairDeltaKey, Integer>();
		before.ifPresent(p -> pairDeltas(p, -1, deltas));
		pairDeltas(after, 1, deltas);
		store.addPairs(deltas);
	}

	static void pairDeltas(PairRecord p, int sign, Map<ProjectionStore.PairDeltaKey, Integer> into) {
		if (p.activeTo() != null && !p.activeTo().isAfter(p.activeFrom())) {
			return;
		}
		into.merge(new ProjectionStore.PairDeltaKey(p.formCode(), p.activeFrom()), sign, Integer::sum);
		if (p.activeTo() != null) {
			into.merge(new ProjectionStore.PairDeltaKey(p.formCode(), p.activeTo()), -sign, Integer::sum);
		}
	}

	public void on(ProgrammeOpened e) {
		store.saveProgramme(e.programmeId(), e.organizationId(), e.title(), e.formCodes(), e.from(), e.to());
	}

	public void on(ProgrammeClosed e) {
		store.closeProgramme(e.programmeId(), e.closedOn());
	}

	// ------------------------------------------------------------------ roadmap

	public void on(RoadmapAdopted e) {
		store.saveRoadmapAdopted(e.roadmapId(), e.title(), e.periodFrom(), e.periodTo(), e.orderNumber(), e.orderDate(),
				e.occurrenceCount());
	}

	public void on(RoadmapProgressChanged e) {
		store.saveRoadmapProgress(e.roadmapId(),
				new RoadmapTotals(e.occurrences(), e.done(), e.inProgress(), e.overdue(), e.cancelled()), e.asOf());
	}

	// ------------------------------------------------------------------ the counters

	/** Applies a change and moves the counters by the difference it makes to these participants' contribution. */
	private void recompute(Collection<UUID> participantIds, Runnable change) {
		var before = contributions(participantIds);
		change.run();
		var after = contributions(participantIds);
		store.addInvolvement(Involvement.difference(before, after));
	}

	private List<Involvement.Contribution> contributions(Collection<UUID> ids) {
		var participants = store.participants(ids);
		var memberships = store.memberships(ids);
		var out = new ArrayList<Involvement.Contribution>();
		for (UUID id : new HashSet<>(ids)) {
			var p = participants.get(id);
			if (p != null) {
				out.addAll(Involvement.of(p.facts(), memberships.getOrDefault(id, List.<Membership>of())));
			}
		}
		return out;
	}
}
