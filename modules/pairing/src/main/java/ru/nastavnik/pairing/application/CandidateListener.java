package ru.nastavnik.pairing.application;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.CandidateProjection.Snapshot;
import ru.nastavnik.registry.ConsentGiven;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.MenteeProfileChanged;
import ru.nastavnik.registry.MentorProfileChanged;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.ParticipantsChanged;
import ru.nastavnik.registry.ParticipantsRegistered;

/**
 * Keeps the candidate projection from the registry's events (each idempotent, in the event's tenant). A single
 * registration or change and an import's chunk of them take the same set-based path.
 */
@Component
class CandidateListener {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CandidateListener.class);

	private final CandidateProjection projection;

	/** The listener condition of the consent events: the purpose is processing for the programme. */
	static final String PROCESSING_PURPOSE = "#event.purpose() == T(ru.nastavnik.registry.ConsentPurpose).PROCESSING";

	CandidateListener(CandidateProjection projection) {
		this.projection = projection;
	}

	@ApplicationModuleListener
	void on(ParticipantRegistered event) {
		projection.registered(List.of(snapshot(event.participant())));
	}

	@ApplicationModuleListener
	void on(ParticipantChanged event) {
		projection.changed(List.of(snapshot(event.participant())));
	}

	/** A chunk of an import: applied in one statement, once (a chunk delivered again finds its batch applied). */
	@ApplicationModuleListener
	void on(ParticipantsRegistered event) {
		long start = System.nanoTime();
		if (projection.firstApplication(event.batchId())) {
			projection.registered(snapshots(event.participants()));
		}
		log.debug("Chunk {} of import {}: {} registrations in {} ms", event.batchId(), event.importId(),
				event.participants().size(), (System.nanoTime() - start) / 1_000_000);
	}

	@ApplicationModuleListener
	void on(ParticipantsChanged event) {
		long start = System.nanoTime();
		if (projection.firstApplication(event.batchId())) {
			projection.changed(snapshots(event.participants()));
		}
		log.debug("Chunk {} of import {}: {} changes in {} ms", event.batchId(), event.importId(),
				event.participants().size(), (System.nanoTime() - start) / 1_000_000);
	}

	@ApplicationModuleListener
	void on(MentorProfileChanged event) {
		projection.mentorProfile(event.participantId(), event.competencies(), event.capacity(), event.trained());
	}

	@ApplicationModuleListener
	void on(MenteeProfileChanged event) {
		projection.menteeProfile(event.participantId(), event.requests());
	}

	// Only the consent to processing matters here; as a listener condition, Spring Modulith stores no publication of the
	// other consents for this listener.
	@ApplicationModuleListener(condition = PROCESSING_PURPOSE)
	void on(ConsentWithdrawn event) {
		projection.processingConsent(event.participantId(), false);
	}

	@ApplicationModuleListener(condition = PROCESSING_PURPOSE)
	void on(ConsentGiven event) {
		projection.processingConsent(event.participantId(), true);
	}

	@ApplicationModuleListener
	void on(ParticipantLeft event) {
		projection.left(event.participantId(), event.leftOn());
	}

	@ApplicationModuleListener
	void on(ParticipantAnonymised event) {
		projection.anonymised(event.participantId());
	}

	static List<Snapshot> snapshots(List<ParticipantSnapshot> participants) {
		return participants.stream().map(CandidateListener::snapshot).toList();
	}

	static Snapshot snapshot(ParticipantSnapshot p) {
		var roles = p.roles() == null ? java.util.Set.<ParticipantRole>of() : p.roles();
		return new Snapshot(p.participantId(), p.organizationId(), p.name() == null ? null : p.name().surname(),
				p.name() == null ? null : p.name().name(), p.name() == null ? null : p.name().patronymic(),
				p.category() == null ? null : p.category().name(), p.grade(), p.ageBand() == null ? null : p.ageBand().name(),
				p.birthMonth(), roles.contains(ParticipantRole.MENTOR), roles.contains(ParticipantRole.MENTEE), p.competencies(), p.requests(),
				p.mentorCapacity(), p.mentorTrained(), p.processingConsent(), p.active());
	}
}
