package ru.nastavnik.roadmap.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.PlatformSettings;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantSummary;

/**
 * On every start, after the platform's tenancy bootstrap: every tenant that has a bundled template but no template yet
 * gets it (tenants created before the roadmap module existed), the demo tenants get their demo roadmap, and the
 * overdue job catches up once. All of it idempotent and safe beside the {@code TenantCreated} listener.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class RoadmapBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoadmapBootstrap.class);

    private final TenantDirectory tenants;

    private final TemplateService templates;

    private final DemoRoadmaps demo;

    private final OverdueJob overdue;

    private final PlatformSettings settings;

    private final RoadmapClock clock;

    private final boolean overdueOnStartup;

    RoadmapBootstrap(TenantDirectory tenants, TemplateService templates, DemoRoadmaps demo, OverdueJob overdue,
            PlatformSettings settings, RoadmapClock clock,
            @Value("${nastavnik.roadmap.overdue-on-startup:true}") boolean overdueOnStartup) {
        this.tenants = tenants;
        this.templates = templates;
        this.demo = demo;
        this.overdue = overdue;
        this.settings = settings;
        this.clock = clock;
        this.overdueOnStartup = overdueOnStartup;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (TenantSummary tenant : tenants.all()) {
            TenantContext.run(tenant.id(), () -> {
                if (templates.loadBundled(tenant.slug())) {
                    log.info("Roadmap template of {} loaded from the product", tenant.slug());
                }
                if (settings.demo()) {
                    demo.ensure(tenant.slug());
                }
            });
        }
        if (overdueOnStartup) {
            // a catch-up, not a precondition: if it fails, the application still starts and the daily run catches up
            try {
                int published = overdue.run(clock.today());
                log.info("Roadmap overdue catch-up: {} occurrence(s) newly overdue", published);
            } catch (RuntimeException e) {
                log.warn("Roadmap overdue catch-up failed; the daily job will announce the overdue occurrences", e);
            }
        }
    }
}
