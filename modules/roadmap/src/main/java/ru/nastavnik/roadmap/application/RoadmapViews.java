package ru.nastavnik.roadmap.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.roadmap.domain.progress.DocumentEvidence;
import ru.nastavnik.roadmap.domain.progress.EventEvidence;
import ru.nastavnik.roadmap.domain.progress.Evidence;
import ru.nastavnik.roadmap.domain.progress.LinkEvidence;
import ru.nastavnik.roadmap.domain.progress.OccurrenceStatus;
import ru.nastavnik.roadmap.domain.schedule.Target;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;
import ru.nastavnik.roadmap.domain.tracking.Roadmap;
import ru.nastavnik.roadmap.domain.tracking.RoadmapItem;
import ru.nastavnik.roadmap.domain.tracking.RoadmapProgress;
import ru.nastavnik.roadmap.domain.tracking.School;

/** What the roadmap's pages and API show: read models built from the domain, nothing stored. */
public final class RoadmapViews {

    private RoadmapViews() {
    }

    /** A roadmap with its totals. */
    public record RoadmapSummary(Roadmap roadmap, RoadmapProgress progress) {
    }

    /** A whole roadmap: sections → items → planned occurrences → occurrences (one per school for school items). */
    public record RoadmapView(Roadmap roadmap, RoadmapProgress progress, List<SectionView> sections, LocalDate today) {

        public List<ItemView> items() {
            return sections.stream().flatMap(s -> s.items().stream()).toList();
        }
    }

    public record SectionView(String number, String title, List<ItemView> items) {

        public boolean isUnnamed() {
            return number.isEmpty() && title.isEmpty();
        }

        public String label() {
            return number.isEmpty() ? title : number + ". " + title;
        }
    }

    /**
     * An item with its totals.
     *
     * @param schools for an item tracked per school: how many schools take part (0 when none is registered yet)
     */
    public record ItemView(RoadmapItem item, RoadmapProgress progress, List<PlannedView> planned, int schools) {

        public boolean overdue() {
            return progress.overdue() > 0;
        }

        /** Status badge of the whole item: done / cancelled / overdue / in progress / planned. */
        public String statusTitle() {
            return overdue() ? "Просрочено" : progress.overallStatus().title();
        }

        public String statusClass() {
            return overdue() ? "overdue" : RoadmapViews.cssClass(progress.overallStatus());
        }
    }

    /**
     * The seq-th planned occurrence of an item and its occurrences (one, or one per school).
     */
    public record PlannedView(int seq, String label, LocalDate start, LocalDate due, Target target,
            List<OccurrenceView> occurrences, RoadmapProgress progress) {

        /** {@code 3 из 10 ОО} for per-school occurrences, the status otherwise. */
        public boolean perSchool() {
            return occurrences.size() > 1 || (occurrences.size() == 1 && occurrences.get(0).school() != null);
        }
    }

    public record OccurrenceView(Occurrence occurrence, School school, boolean overdue, List<EvidenceView> evidence) {

        public UUID id() {
            return occurrence.id();
        }

        public String statusTitle() {
            return overdue ? "Просрочено" : occurrence.status().title();
        }

        public String statusClass() {
            return overdue ? "overdue" : cssClass(occurrence.status());
        }

        public String who() {
            return school == null ? (occurrence.isMunicipal() ? "Муниципалитет" : "Организация") : school.displayName();
        }

        public boolean open() {
            return occurrence.status().isOpen();
        }
    }

    /**
     * @param kind {@code DOCUMENT}, {@code LINK} or {@code EVENT}
     * @param fileId the attached file of a document, {@code null} when none
     */
    /** Evidence as shown: {@code eventKey} is the binding key of the event that completed the occurrence (kind EVENT). */
    public record EvidenceView(String kind, String summary, String fileId, String url, String eventKey) {

        static EvidenceView of(Evidence e) {
            if (e instanceof DocumentEvidence d) {
                return new EvidenceView("DOCUMENT", d.summary(), d.fileRef(), null, null);
            }
            if (e instanceof LinkEvidence l) {
                return new EvidenceView("LINK", l.summary(), null, l.url(), null);
            }
            EventEvidence ev = (EventEvidence) e;
            return new EvidenceView("EVENT", ev.summary(), null, null, ev.eventType());
        }
    }

    /** One line of "this month / overdue": an open occurrence with its item. */
    public record DueEntry(RoadmapItem item, OccurrenceView occurrence) {
    }

    /** The coordinator's "this month / overdue" lists for the current roadmap. */
    public record DueList(Roadmap roadmap, RoadmapProgress progress, List<DueEntry> thisMonth, List<DueEntry> overdue,
            LocalDate today) {
    }

    static String cssClass(OccurrenceStatus status) {
        return switch (status) {
            case DONE -> "done";
            case CANCELLED -> "cancelled";
            case IN_PROGRESS -> "progress";
            case PLANNED -> "";
        };
    }
}
