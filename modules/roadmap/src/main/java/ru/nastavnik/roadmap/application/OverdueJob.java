package ru.nastavnik.roadmap.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.roadmap.OccurrenceOverdue;
import ru.nastavnik.roadmap.domain.tracking.OverdueClaim;
import ru.nastavnik.roadmap.domain.tracking.RoadmapItem;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

/**
 * The daily overdue job: in every tenant (inside its {@link TenantContext}, one transaction each) it claims the open
 * occurrences whose due date has passed and that were never reported, and publishes one {@link OccurrenceOverdue}
 * for each, then the totals of each roadmap touched.
 *
 * <p>Safe with several instances of the application: the job first takes the tenant's occurrences lock (a
 * transaction-scoped advisory lock, shared with adoption, new schools and self-completion), and the claim is one {@code update … set overdue_notified_at = now()
 * where overdue_notified_at is null … returning …}. PostgreSQL locks each row it updates; a second instance running at
 * the same moment waits for the first to commit, re-checks the condition on the new row version and finds it claimed.
 * The events are written to the event publication registry in the same transaction as the claim, so a claim is never
 * committed without its events, nor the events without the claim.
 */
@Component
public class OverdueJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final Roadmaps roadmaps;

    private final RoadmapService service;

    private final TenantDirectory tenants;

    private final RoadmapClock clock;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate tx;

    OverdueJob(Roadmaps roadmaps, RoadmapService service, TenantDirectory tenants, RoadmapClock clock,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.roadmaps = roadmaps;
        this.service = service;
        this.tenants = tenants;
        this.clock = clock;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Every day at 02:15 Moscow time (configurable with {@code nastavnik.roadmap.overdue-cron}). */
    @Scheduled(cron = "${nastavnik.roadmap.overdue-cron:0 15 2 * * *}", zone = "Europe/Moscow")
    public void daily() {
        int published = run(clock.today());
        log.info("Roadmap overdue job: {} occurrence(s) newly overdue", published);
    }

    /** Runs the job for {@code today} in every tenant; the number of events published. */
    public int run(LocalDate today) {
        int published = 0;
        for (TenantSummary tenant : tenants.all()) {
            published += TenantContext.get(tenant.id(), () -> tx.execute(s -> runInTenant(today)));
        }
        return published;
    }

    /** Runs the job for {@code today} in the current tenant only. */
    public int runInTenant(LocalDate today) {
        roadmaps.lockTenant(RoadmapService.OCCURRENCES_LOCK);
        List<OverdueClaim> claims = roadmaps.claimOverdue(today, clock.now());
        Map<UUID, RoadmapItem> items = new HashMap<>();
        Set<UUID> touched = new LinkedHashSet<>();
        for (OverdueClaim claim : claims) {
            RoadmapItem item = items.computeIfAbsent(claim.itemId(), id -> roadmaps.item(id).orElseThrow());
            events.publishEvent(new OccurrenceOverdue(TenantContext.require(), claim.roadmapId(), claim.occurrenceId(),
                    item.number(), item.title(), claim.organizationId(), claim.due()));
            touched.add(claim.roadmapId());
        }
        touched.forEach(service::publishProgress);
        return claims.size();
    }
}
