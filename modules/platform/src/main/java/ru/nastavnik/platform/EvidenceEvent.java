package ru.nastavnik.platform;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An event that is a fact a roadmap item can be completed by, with the event as its evidence (e.g. the registry's
 * import is the fact behind «формирование базы наставляемых»). The roadmap listens to this interface, not to the
 * publishing modules, so it depends on none of them and they on nothing of it.
 * <p>
 * Keys in use: {@code registry.participants-imported}, {@code pairing.pairs-fixed}, {@code monitoring.report-approved},
 * {@code publication.case-published}, {@code publication.monitoring-results-published}.
 */
public interface EvidenceEvent extends TenantScopedEvent {

	/** Which kind of fact this is; a roadmap item's binding names it. */
	String evidenceKey();

	/** The thing that happened (the import, the order, the report, the case). */
	UUID evidenceId();

	/** One Russian sentence shown as the item's evidence, e.g. «Импортировано 120 участников (МБОУ СОШ № 1)». */
	String evidenceSummary();

	/** The organisation it concerns, for items tracked per school; {@code null} for the whole municipality. */
	UUID organizationId();

	/** When it happened. */
	LocalDate observedOn();
}
