package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The projections of the other modules' events and the pre-aggregated counters, in the current tenant scope. */
public interface ProjectionStore {

	/** A pair's member as stored: participant, role and the category the order gave. */
	record Member(UUID pairId, UUID participantId, PairRole role, String category) {
	}

	/** A counter cell of active pairs: form on a day. */
	record PairDeltaKey(String formCode, LocalDate day) {
	}

	/** Serialises the projection updates of the current tenant until the transaction ends. */
	void lockTenant();

	// organisations and contingent
	void saveOrganization(Organization organization, String kind);

	List<Organization> organizations();

	void saveContingent(UUID organizationId, int schoolYearStart, ContingentFigures figures);

	Map<UUID, ContingentFigures> contingent(int schoolYearStart);

	/** The contingent summed per tenant, for the tenants in scope. */
	Map<UUID, ContingentFigures> contingentByTenant(int schoolYearStart);

	// participants, pairs
	Optional<ParticipantRecord> participant(UUID id);

	Map<UUID, ParticipantRecord> participants(Collection<UUID> ids);

	void saveParticipant(ParticipantRecord participant);

	/**
	 * Writes participants as the registry's snapshots describe them (one, or a chunk of an import), in one statement:
	 * a new one as given; a known one takes the snapshot's facts but keeps its date of leaving and its anonymisation
	 * (their own events set those), and is active only if it has not left.
	 */
	void saveSnapshots(List<ParticipantRecord> snapshots);

	Map<UUID, List<Membership>> memberships(Collection<UUID> participantIds);

	Optional<PairRecord> pair(UUID id);

	void savePair(PairRecord pair, List<Member> members);

	List<Member> members(UUID pairId);

	// counters
	void addInvolvement(Map<Involvement.DeltaKey, Integer> deltas);

	void addPairs(Map<PairDeltaKey, Integer> deltas);

	InvolvementCounts tenantCounts(LocalDate date);

	Map<UUID, InvolvementCounts> schoolCounts(LocalDate date);

	/** The tenant counters for every tenant in scope (the regional summary). */
	Map<UUID, InvolvementCounts> countsByTenant(LocalDate date);

	Map<String, Integer> activePairsByForm(LocalDate date);

	Map<UUID, Map<String, Integer>> activePairsByTenant(LocalDate date);

	/** Participants in active pairs by form (each once per form), for the tenant. */
	Map<String, Integer> participantsByForm(LocalDate date);

	// readiness facts
	void saveProgramme(UUID id, UUID organizationId, String title, Set<String> formCodes, LocalDate from, LocalDate to);

	void closeProgramme(UUID id, LocalDate closedOn);

	/** The tenant's programmes known from pairing's events, by title; with a title (opened, not only closed). */
	java.util.List<ProgrammeRecord> programmes();

	Set<UUID> organizationsWithProgramme(LocalDate date);

	Set<UUID> organizationsWithPairs();

	void saveCurator(UUID organizationId, String orderNumber, LocalDate orderDate);

	Set<UUID> organizationsWithCurator();

	void saveRoadmapAdopted(UUID roadmapId, String title, LocalDate from, LocalDate to, String orderNumber,
			LocalDate orderDate, int occurrences);

	void saveRoadmapProgress(UUID roadmapId, RoadmapTotals totals, LocalDate asOf);

	boolean roadmapAdopted();

	RoadmapTotals roadmapTotals();

	Map<UUID, RoadmapTotals> roadmapTotalsByTenant();

	/** Removes every projection row and counter of the current tenant (before a rebuild). */
	void reset();

	/** Bulk-writes a rebuilt tenant's participants, pairs, members and counters. */
	void bulkLoad(Collection<ParticipantRecord> participants, Collection<PairRecord> pairs, Collection<Member> members,
			Map<Involvement.DeltaKey, Integer> involvement, Map<PairDeltaKey, Integer> pairDeltas);
}
