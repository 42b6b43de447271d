package ru.nastavnik.pairing.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.CandidateProjection.Snapshot;
import ru.nastavnik.registry.ConsentGiven;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.MenteeProfileChanged;
import ru.nastavnik.registry.MentorProfileChanged;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;

/** Keeps the candidate projection from the registry's events (each idempotent, in the event's tenant). */
@Component
class CandidateListener {

	private final CandidateProjection projection;

	CandidateListener(CandidateProjection projection) {
		this.projection = projection;
	}

	@ApplicationModuleListener
	void on(ParticipantRegistered event) {
		projection.registered(snapshot(event.participant()));
	}

	@ApplicationModuleListener
	void on(ParticipantChanged event) {
		projection.changed(snapshot(event.participant()));
	}

	@ApplicationModuleListener
	void on(MentorProfileChanged event) {
		projection.mentorProfile(event.participantId(), event.competencies(), event.capacity(), event.trained());
	}

	@ApplicationModuleListener
	void on(MenteeProfileChanged event) {
		projection.menteeProfile(event.participantId(), event.requests());
	}

	@ApplicationModuleListener
	void on(ConsentWithdrawn event) {
		if (event.purpose() == ConsentPurpose.PROCESSING) {
			projection.processingConsent(event.participantId(), false);
		}
	}

	@ApplicationModuleListener
	void on(ConsentGiven event) {
		if (event.purpose() == ConsentPurpose.PROCESSING) {
			projection.processingConsent(event.participantId(), true);
		}
	}

	@ApplicationModuleListener
	void on(ParticipantLeft event) {
		projection.left(event.participantId(), event.leftOn());
	}

	@ApplicationModuleListener
	void on(ParticipantAnonymised event) {
		projection.anonymised(event.participantId());
	}

	static Snapshot snapshot(ParticipantSnapshot p) {
		var roles = p.roles() == null ? java.util.Set.<ParticipantRole>of() : p.roles();
		return new Snapshot(p.participantId(), p.organizationId(), p.name() == null ? null : p.name().surname(),
				p.name() == null ? null : p.name().name(), p.name() == null ? null : p.name().patronymic(),
				p.category() == null ? null : p.category().name(), p.grade(), p.ageBand() == null ? null : p.ageBand().name(),
				roles.contains(ParticipantRole.MENTOR), roles.contains(ParticipantRole.MENTEE), p.competencies(), p.requests(),
				p.mentorCapacity(), p.mentorTrained(), p.processingConsent(), p.active());
	}
}
