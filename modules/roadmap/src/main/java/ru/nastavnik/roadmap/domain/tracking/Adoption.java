package ru.nastavnik.roadmap.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.progress.OccurrenceProgress;
import ru.nastavnik.roadmap.domain.schedule.PlannedOccurrence;
import ru.nastavnik.roadmap.domain.schedule.Schedule;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateItem;
import ru.nastavnik.roadmap.domain.template.TemplateSection;
import ru.nastavnik.roadmap.domain.template.TemplateValidationException;
import ru.nastavnik.roadmap.domain.template.TemplateVersion;

/**
 * Adopting a roadmap: a template version is materialised for a period. Every item's schedule is parsed in that
 * period and expanded into its planned occurrences; an item tracked per school gets one occurrence per school of the
 * tenant for each planned occurrence (one for the municipality while the tenant has no school registered yet —
 * {@link #occurrencesForNewSchool} replaces it when the first school arrives).
 */
public final class Adoption {

    private Adoption() {
    }

    /** What the coordinator asks for. */
    public record Request(PlanPeriod period, String orderNumber, LocalDate orderDate) {
    }

    /**
     * @throws AdoptionRejected when the order is incomplete or a schedule does not parse in the period
     */
    public static AdoptedRoadmap adopt(RoadmapTemplate template, TemplateVersion version, Request request,
            List<School> schools, Instant now, String by, Supplier<UUID> ids) {
        List<AdoptionRejected.Problem> problems = new ArrayList<>();
        if (request.period() == null) {
            problems.add(new AdoptionRejected.Problem("period", "Укажите период дорожной карты"));
        }
        String orderNumber = request.orderNumber() == null ? "" : request.orderNumber().strip();
        if (orderNumber.isEmpty()) {
            problems.add(new AdoptionRejected.Problem("orderNumber", "Укажите номер приказа об утверждении дорожной карты"));
        } else if (orderNumber.length() > 100) {
            problems.add(new AdoptionRejected.Problem("orderNumber", "Номер приказа длиннее 100 символов"));
        }
        if (request.orderDate() == null) {
            problems.add(new AdoptionRejected.Problem("orderDate", "Укажите дату приказа об утверждении дорожной карты"));
        }
        RoadmapTemplate inPeriod = null;
        if (request.period() != null) {
            try {
                inPeriod = template.withPeriod(request.period());
            } catch (TemplateValidationException e) {
                e.problems().forEach(p -> problems.add(new AdoptionRejected.Problem("period",
                        "В периоде " + request.period().label() + " " + lowerFirst(p))));
            }
        }
        if (!problems.isEmpty()) {
            throw new AdoptionRejected(problems);
        }
        Roadmap roadmap = new Roadmap(ids.get(), version.id(), version.number(), inPeriod.title(), inPeriod.basis(),
                request.period(), orderNumber, request.orderDate(), now, by);
        List<RoadmapItem> items = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        int position = 0;
        for (TemplateSection section : inPeriod.sections()) {
            for (TemplateItem t : section.items()) {
                Schedule schedule = t.schedule(request.period());
                RoadmapItem item = new RoadmapItem(ids.get(), roadmap.id(), position++, section.number(), section.title(),
                        t.number(), t.title(), schedule.kind(), t.scheduleText(), t.responsible(), t.result(), t.note(),
                        t.trackedPerSchool(), t.binding());
                items.add(item);
                List<PlannedOccurrence> planned = schedule.occurrences();
                for (int seq = 0; seq < planned.size(); seq++) {
                    PlannedOccurrence p = planned.get(seq);
                    if (item.trackedPerSchool() && !schools.isEmpty()) {
                        for (School school : schools) {
                            occurrences.add(occurrence(ids.get(), item, seq, school.id(), p));
                        }
                    } else {
                        occurrences.add(occurrence(ids.get(), item, seq, null, p));
                    }
                }
            }
        }
        return new AdoptedRoadmap(roadmap, items, occurrences);
    }

    /**
     * The occurrences a newly registered school gets in a per-school item that already has occurrences: one per
     * planned occurrence (seq), copied from the existing ones; none when the school already has them.
     */
    public static List<Occurrence> occurrencesForNewSchool(RoadmapItem item, List<Occurrence> existing, UUID school,
            Supplier<UUID> ids) {
        if (!item.trackedPerSchool() || existing.stream().anyMatch(o -> school.equals(o.organizationId()))) {
            return List.of();
        }
        Map<Integer, Occurrence> bySeq = new LinkedHashMap<>();
        existing.stream().filter(o -> o.itemId().equals(item.id())).forEach(o -> bySeq.putIfAbsent(o.seq(), o));
        return bySeq.values().stream()
                .map(o -> new Occurrence(ids.get(), o.roadmapId(), o.itemId(), o.seq(), school, o.label(), o.start(),
                        o.due(), o.target(), OccurrenceProgress.planned(o.due()), 0))
                .toList();
    }

    /**
     * Whether a municipal placeholder of a per-school item can be dropped once schools exist: still planned and
     * without evidence.
     */
    public static boolean isDisposablePlaceholder(RoadmapItem item, Occurrence occurrence) {
        return item.trackedPerSchool() && occurrence.isMunicipal()
                && occurrence.status() == ru.nastavnik.roadmap.domain.progress.OccurrenceStatus.PLANNED
                && occurrence.progress().evidence().isEmpty();
    }

    private static Occurrence occurrence(UUID id, RoadmapItem item, int seq, UUID organization, PlannedOccurrence p) {
        return new Occurrence(id, item.roadmapId(), item.id(), seq, organization, p.label(), p.start(), p.due(),
                p.target(), OccurrenceProgress.planned(p), 0);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
