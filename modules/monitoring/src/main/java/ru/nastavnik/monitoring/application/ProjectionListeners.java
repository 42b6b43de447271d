package ru.nastavnik.monitoring.application;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.domain.EventJournal;
import ru.nastavnik.pairing.PairCompleted;
import ru.nastavnik.pairing.PairDissolved;
import ru.nastavnik.pairing.PairsFixedByOrder;
import ru.nastavnik.pairing.ProgrammeClosed;
import ru.nastavnik.pairing.ProgrammeOpened;
import ru.nastavnik.platform.PreparedEvents;
import ru.nastavnik.platform.TenantCreated;
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
 * The other modules' events this module projects (asynchronously, each in its own transaction and tenant). Each event
 * is journaled in the same transaction as its projection, after it ({@link EventJournal}): where the projection takes the
 * tenant's lock, the journal's order is the order in which the events were applied. The projections can thus be
 * rebuilt from the journal ({@link ProjectionRebuild#rebuildFromJournal()}). An import's chunks are journaled under
 * their batch id, which makes a chunk delivered again a no-op; participants are journaled without their names.
 */
@Component
class ProjectionListeners {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProjectionListeners.class);

	private final ProjectionService projections;

	private final IndicatorService indicators;

	private final EventJournal journal;

	private final PreparedEvents prepared;

	ProjectionListeners(ProjectionService projections, IndicatorService indicators, EventJournal journal,
			PreparedEvents prepared) {
		this.projections = projections;
		this.indicators = indicators;
		this.journal = journal;
		this.prepared = prepared;
	}

	@ApplicationModuleListener
	void on(TenantCreated e) {
		journal.append(e); // the journal of this tenant is complete from here on
		indicators.seed(e.slug());
	}

	@ApplicationModuleListener
	void on(OrganizationRegistered e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(OrganizationChanged e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(ContingentReported e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(CuratorAppointed e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(ParticipantRegistered e) {
		projections.on(e);
		journal.append(new ParticipantRegistered(e.tenantId(), nameless(e.participant())));
	}

	@ApplicationModuleListener
	void on(ParticipantChanged e) {
		projections.on(e);
		journal.append(new ParticipantChanged(e.tenantId(), nameless(e.participant())));
	}

	/**
	 * A chunk of an import, applied once: under the tenant's lock, a chunk the journal already holds (delivered again)
	 * changes nothing; else its participants are written in one statement, the counters moved for those in pairs, and
	 * the chunk journaled under its batch id — all in this transaction, so a failure leaves none of it. The journal's
	 * copy (without names) is serialised before the lock is taken, so that chunks serialise in parallel and only the
	 * statements wait for each other.
	 */
	@ApplicationModuleListener
	void on(ParticipantsRegistered e) {
		chunk(e.batchId(), e.participants(),
				new ParticipantsRegistered(e.tenantId(), e.importId(), e.batchId(), nameless(e.participants())));
	}

	@ApplicationModuleListener
	void on(ParticipantsChanged e) {
		chunk(e.batchId(), e.participants(),
				new ParticipantsChanged(e.tenantId(), e.importId(), e.batchId(), nameless(e.participants())));
	}

	private void chunk(UUID batchId, List<ParticipantSnapshot> participants, Object journaled) {
		long start = System.nanoTime();
		prepared.prepare(journaled);
		long serialised = System.nanoTime();
		projections.lockTenant();
		long locked = System.nanoTime();
		if (!journal.contains(batchId)) {
			projections.participants(participants);
			long projected = System.nanoTime();
			journal.append(journaled, batchId);
			log.debug("Chunk {}: {} participants — journal copy serialised in {} ms, the tenant's lock waited for {} ms, "
					+ "projected in {} ms, journaled in {} ms", batchId, participants.size(), (serialised - start) / 1_000_000,
					(locked - serialised) / 1_000_000, (projected - locked) / 1_000_000,
					(System.nanoTime() - projected) / 1_000_000);
		}
	}

	@ApplicationModuleListener
	void on(ParticipantLeft e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(ParticipantAnonymised e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(PairsFixedByOrder e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(PairCompleted e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(PairDissolved e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(ProgrammeOpened e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(ProgrammeClosed e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(RoadmapAdopted e) {
		projections.on(e);
		journal.append(e);
	}

	@ApplicationModuleListener
	void on(RoadmapProgressChanged e) {
		projections.on(e);
		journal.append(e);
	}

	/**
	 * What the journal keeps of a participant: no name, no competencies or requests — nothing monitoring projects needs
	 * them (and a chunk's copy is the smaller to serialise).
	 */
	static ParticipantSnapshot nameless(ParticipantSnapshot p) {
		return new ParticipantSnapshot(p.participantId(), p.organizationId(), null, p.category(), p.grade(), p.ageBand(),
				p.minor(), p.youngTeacher(), p.roles(), java.util.Set.of(), java.util.Set.of(), p.mentorCapacity(),
				p.mentorTrained(), p.positiveExperience(), p.processingConsent(), p.publicationConsent(), p.joinedOn(),
				p.active());
	}

	static List<ParticipantSnapshot> nameless(List<ParticipantSnapshot> participants) {
		return participants.stream().map(ProjectionListeners::nameless).toList();
	}
}
