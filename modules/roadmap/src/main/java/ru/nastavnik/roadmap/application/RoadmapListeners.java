package ru.nastavnik.roadmap.application;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.EvidenceEvent;
import ru.nastavnik.platform.TenantCreated;
import ru.nastavnik.registry.OrganizationChanged;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.roadmap.domain.tracking.School;
import ru.nastavnik.roadmap.domain.tracking.SelfCompletion;

/**
 * What the roadmap hears from the platform and the other modules. Each listener runs asynchronously in its own
 * transaction inside the event's tenant, and is idempotent (an event may arrive twice).
 */
@Component
class RoadmapListeners {

    private final TemplateService templates;

    private final RoadmapService roadmaps;

    private final DemoRoadmaps demo;

    RoadmapListeners(TemplateService templates, RoadmapService roadmaps, DemoRoadmaps demo) {
        this.templates = templates;
        this.roadmaps = roadmaps;
        this.demo = demo;
    }

    /** A new municipality gets the product's template for its slug (whatever {@code demo()} says) and, in demo, a roadmap. */
    @ApplicationModuleListener
    void on(TenantCreated event) {
        templates.loadBundled(event.slug());
        if (event.demo()) {
            demo.ensure(event.slug());
        }
    }

    /** Self-completion: any module's fact completes the items bound to its key in the event's tenant. */
    @ApplicationModuleListener
    void on(EvidenceEvent event) {
        if (event.evidenceKey() == null || event.evidenceId() == null) {
            return;
        }
        java.time.LocalDate on = event.observedOn() == null ? java.time.LocalDate.now(RoadmapClock.ZONE) : event.observedOn();
        Instant at = on.atStartOfDay(RoadmapClock.ZONE).toInstant();
        roadmaps.selfComplete(new SelfCompletion.Fact(event.evidenceKey(), event.evidenceId().toString(),
                event.evidenceSummary(), event.organizationId(), on, at));
    }

    @ApplicationModuleListener
    void on(OrganizationRegistered event) {
        roadmaps.schoolRegistered(new School(event.organizationId(), event.name(), event.shortName(), event.kind()));
    }

    @ApplicationModuleListener
    void on(OrganizationChanged event) {
        roadmaps.schoolRegistered(new School(event.organizationId(), event.name(), event.shortName(), event.kind()));
    }
}
