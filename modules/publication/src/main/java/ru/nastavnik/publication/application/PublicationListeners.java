package ru.nastavnik.publication.application;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.ReportApproved;
import ru.nastavnik.pairing.PairCompleted;
import ru.nastavnik.platform.TenantCreated;
import ru.nastavnik.publication.domain.CaseMaterial;
import ru.nastavnik.registry.ConsentGiven;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.OrganizationChanged;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantsChanged;
import ru.nastavnik.registry.ParticipantsRegistered;

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

	/** The listener condition of the consent events: the purpose is publication. */
	static final String PUBLICATION_PURPOSE = "#event.purpose() == T(ru.nastavnik.registry.ConsentPurpose).PUBLICATION";

	@ApplicationModuleListener
	void on(ParticipantRegistered event) {
		facts.participants(List.of(event.participant()));
	}

	@ApplicationModuleListener
	void on(ParticipantChanged event) {
		facts.participants(List.of(event.participant()));
	}

	// an import's chunks take the same set-based path as a single registration or change, once per chunk
	@ApplicationModuleListener
	void on(ParticipantsRegistered event) {
		facts.participants(event.batchId(), event.participants());
	}

	@ApplicationModuleListener
	void on(ParticipantsChanged event) {
		facts.participants(event.batchId(), event.participants());
	}

	// Only consents to publication matter here. As a listener condition (not a test in the body) it keeps Spring
	// Modulith from storing a publication of every other consent for this listener: an import of N people gives N
	// processing consents, which would otherwise be N rows written and handled for nothing.
	@ApplicationModuleListener(condition = PUBLICATION_PURPOSE)
	void on(ConsentGiven event) {
		facts.consentGiven(event.participantId());
	}

	@ApplicationModuleListener(condition = PUBLICATION_PURPOSE)
	void on(ConsentWithdrawn event) {
		facts.consentWithdrawn(event.participantId());
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
