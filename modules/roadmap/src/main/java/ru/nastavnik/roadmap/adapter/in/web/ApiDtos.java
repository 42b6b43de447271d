package ru.nastavnik.roadmap.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.roadmap.application.RoadmapViews;
import ru.nastavnik.roadmap.application.TemplateService;
import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.PlannedOccurrence;
import ru.nastavnik.roadmap.domain.schedule.Schedule;
import ru.nastavnik.roadmap.domain.schedule.Target;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateItem;
import ru.nastavnik.roadmap.domain.template.TemplateVersion;
import ru.nastavnik.roadmap.domain.tracking.Roadmap;
import ru.nastavnik.roadmap.domain.tracking.RoadmapProgress;

/** The JSON of the roadmap API (dates ISO). */
final class ApiDtos {

    private ApiDtos() {
    }

    record PeriodDto(LocalDate from, LocalDate to, String label) {
        static PeriodDto of(PlanPeriod p) {
            return new PeriodDto(p.from(), p.to(), p.label());
        }
    }

    record TargetDto(BigDecimal value, String unit, String comparison, String label) {
        static TargetDto of(Target t) {
            return t == null ? null : new TargetDto(t.value(), t.unit(), t.comparison().name(), t.label());
        }
    }

    /**
     * One occurrence of a schedule: {@code date} for a single due date, {@code from}/{@code to} for a window (a month,
     * a range of months, the whole period); all empty for «по необходимости» and dates set by another body.
     */
    record OccurrenceDto(String label, LocalDate date, LocalDate from, LocalDate to, TargetDto target) {
        static OccurrenceDto of(PlannedOccurrence o) {
            boolean window = o.start() != null;
            return new OccurrenceDto(o.label(), window ? null : o.due(), window ? o.start() : null, window ? o.due() : null,
                    TargetDto.of(o.target()));
        }
    }

    record ScheduleDto(String kind, String kindTitle, String text, String body, List<OccurrenceDto> occurrences) {
        static ScheduleDto of(Schedule s) {
            return new ScheduleDto(s.kind().name(), s.kind().title(), s.text(),
                    s instanceof Schedule.External e ? e.body() : null,
                    s.occurrences().stream().map(OccurrenceDto::of).toList());
        }
    }

    /** {@code binding}: the event key; {@code bindingTitle}: the same in Russian words. */
    record TemplateItemDto(String number, String title, ScheduleDto schedule, String responsible, String result,
            boolean trackedPerSchool, String binding, String bindingTitle, String note) {
        static TemplateItemDto of(TemplateItem i, PlanPeriod period) {
            return new TemplateItemDto(i.number(), i.title(), ScheduleDto.of(i.schedule(period)), i.responsible(), i.result(),
                    i.trackedPerSchool(), i.binding() == null ? null : i.binding().key(),
                    i.binding() == null ? null : i.binding().title(), i.note());
        }
    }

    record TemplateSectionDto(String number, String title, List<TemplateItemDto> items) {
    }

    record TemplateDto(String tenant, int version, String source, Instant savedAt, String savedBy, String title,
            String basis, PeriodDto period, List<TemplateSectionDto> sections) {
        static TemplateDto of(TemplateService.VersionedTemplate v) {
            RoadmapTemplate t = v.template();
            return new TemplateDto(t.tenantSlug(), v.version().number(), v.version().source().name(), v.version().createdAt(),
                    v.version().createdBy(), t.title(), t.basis(), PeriodDto.of(t.period()),
                    t.sections().stream().map(s -> new TemplateSectionDto(s.number(), s.title(),
                            s.items().stream().map(i -> TemplateItemDto.of(i, t.period())).toList())).toList());
        }
    }

    record VersionDto(UUID id, int number, String source, String sourceTitle, String comment, Instant savedAt, String savedBy) {
        static VersionDto of(TemplateVersion v) {
            return new VersionDto(v.id(), v.number(), v.source().name(), v.source().title(), v.comment(), v.createdAt(),
                    v.createdBy());
        }
    }

    record ProgressDto(int occurrences, int planned, int inProgress, int done, int cancelled, int overdue,
            double percentDone, LocalDate asOf) {
        static ProgressDto of(RoadmapProgress p) {
            return new ProgressDto(p.occurrences(), p.planned(), p.inProgress(), p.done(), p.cancelled(), p.overdue(),
                    Math.round(p.percentDone() * 10) / 10.0, p.asOf());
        }
    }

    record RoadmapSummaryDto(UUID id, String title, PeriodDto period, String orderNumber, LocalDate orderDate,
            int templateVersion, Instant adoptedAt, String adoptedBy, ProgressDto progress) {
        static RoadmapSummaryDto of(Roadmap r, RoadmapProgress p) {
            return new RoadmapSummaryDto(r.id(), r.title(), PeriodDto.of(r.period()), r.orderNumber(), r.orderDate(),
                    r.templateVersionNumber(), r.adoptedAt(), r.adoptedBy(), p == null ? null : ProgressDto.of(p));
        }
    }

    /** {@code eventKey}: for kind EVENT, the key of the event that completed the occurrence (e.g. {@code pairing.pairs-fixed}). */
    record EvidenceDto(String kind, String summary, String fileUrl, String url, String eventKey) {
    }

    record TrackedOccurrenceDto(UUID id, UUID organizationId, String organization, String status, String statusTitle,
            boolean overdue, String cancellationReason, List<EvidenceDto> evidence) {
    }

    record PlannedDto(int seq, String label, LocalDate start, LocalDate due, TargetDto target, ProgressDto progress,
            List<TrackedOccurrenceDto> occurrences) {
    }

    record RoadmapItemDto(UUID id, String section, String number, String title, String scheduleKind, String schedule,
            String responsible, String result, String note, boolean trackedPerSchool, String binding, String bindingTitle,
            int schools, String status, ProgressDto progress, List<PlannedDto> planned) {
    }

    record RoadmapDto(RoadmapSummaryDto roadmap, String basis, List<RoadmapItemDto> items) {
    }

    record DueEntryDto(UUID itemId, String itemNumber, String itemTitle, TrackedOccurrenceDto occurrence, String label,
            LocalDate due) {
    }

    record DueListDto(UUID roadmapId, ProgressDto progress, List<DueEntryDto> thisMonth, List<DueEntryDto> overdue) {
    }

    record AdoptRequest(Integer templateVersion, LocalDate periodFrom, LocalDate periodTo, String orderNumber,
            LocalDate orderDate) {
    }

    record DocumentDto(String kind, String number, LocalDate date, String title) {
    }

    record LinkDto(String url, String title) {
    }

    /** Exactly one of document or link. */
    record CompleteRequest(DocumentDto document, LinkDto link) {
    }

    record CancelRequest(String reason) {
    }

    record CalendarTokenDto(String token, String url) {
    }

    static TrackedOccurrenceDto occurrence(String tenant, RoadmapViews.OccurrenceView o) {
        return new TrackedOccurrenceDto(o.id(), o.occurrence().organizationId(), o.who(), o.occurrence().status().name(),
                o.statusTitle(), o.overdue(), o.occurrence().progress().cancellationReason(),
                o.evidence().stream().map(e -> new EvidenceDto(e.kind(), e.summary(),
                        e.fileId() == null ? null : "/api/" + tenant + "/roadmap/files/" + e.fileId(), e.url(),
                        e.eventKey())).toList());
    }

    static RoadmapItemDto item(String tenant, RoadmapViews.ItemView v) {
        var i = v.item();
        String section = i.sectionNumber().isEmpty() && i.sectionTitle().isEmpty() ? null
                : (i.sectionNumber().isEmpty() ? i.sectionTitle() : i.sectionNumber() + ". " + i.sectionTitle());
        return new RoadmapItemDto(i.id(), section, i.number(), i.title(), i.scheduleKind().name(), i.scheduleText(),
                i.responsible(), i.result(), i.note(), i.trackedPerSchool(), i.binding() == null ? null : i.binding().key(),
                i.binding() == null ? null : i.binding().title(), v.schools(), v.statusTitle(), ProgressDto.of(v.progress()),
                v.planned().stream().map(p -> new PlannedDto(p.seq(), p.label(), p.start(), p.due(), TargetDto.of(p.target()),
                        ProgressDto.of(p.progress()), p.occurrences().stream().map(o -> occurrence(tenant, o)).toList()))
                        .toList());
    }
}
