package ru.nastavnik.publication.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.ReportApproved;
import ru.nastavnik.pairing.PairCompleted;
import ru.nastavnik.platform.TenantCreated;
import ru.nastavnik.publication.domain.CaseMaterial;
import ru.nastavnik.registry.ConsentGiven;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.OrganizationChanged;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantRegistered;

/**
 * The events of other modules this one reacts to. Each runs asynchronously in its own transaction, inside the
 * event's tenant (the platform's aspect), and is idempotent.
 */
@Component
class PublicationListeners {

	private final RegistryFacts facts;

	private final MonitoringResults monitoring;

	private final DemoContent demo;

	PublicationListeners(RegistryFacts facts, MonitoringResults monitoring, DemoContent demo) {
		this.facts = facts;
		this.monitoring = monitoring;
		this.demo = demo;
	}

	@ApplicationModuleListener
	void on(ParticipantRegistered event) {
		facts.participant(event.participant());
	}

	@ApplicationModuleListener
	void on(ParticipantChanged event) {
		facts.participant(event.participant());
	}

	@ApplicationModuleListener
	void on(ConsentGiven event) {
		if (event.purpose() == ConsentPurpose.PUBLICATION) {
			facts.consentGiven(event.participantId());
		}
	}

	@ApplicationModuleListener
	void on(ConsentWithdrawn event) {
		if (event.purpose() == ConsentPurpose.PUBLICATION) {
			facts.consentWithdrawn(event.participantId());
		}
	}

	@ApplicationModuleListener
	void on(ParticipantAnonymised event) {
		facts.anonymised(event.participantId());
	}

	@ApplicationModuleListener
	void on(OrganizationRegistered event) {
		facts.organization(event.organizationId(), event.name(), event.shortName());
	}

	@ApplicationModuleListener
	void on(OrganizationChanged event) {
		facts.organization(event.organizationId(), event.name(), event.shortName());
	}

	@ApplicationModuleListener
	void on(PairCompleted event) {
		facts.pairCompleted(new CaseMaterial(event.pairId(), event.formCode(), event.organizationId(),
				event.menteeIds() == null ? 0 : event.menteeIds().size(), event.completedOn(), event.outcome(), null));
	}

	@ApplicationModuleListener
	void on(ReportApproved event) {
		monitoring.draftFrom(event);
	}

	@ApplicationModuleListener
	void on(TenantCreated event) {
		if (event.demo()) {
			demo.load(event.slug());
		}
	}
}
