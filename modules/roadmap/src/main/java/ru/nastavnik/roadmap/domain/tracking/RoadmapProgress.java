package ru.nastavnik.roadmap.domain.tracking;

import java.time.LocalDate;
import java.util.Collection;

import ru.nastavnik.roadmap.domain.progress.OccurrenceStatus;

/**
 * Totals of a roadmap's (or an item's) occurrences on a day. {@code overdue} counts open occurrences whose due date
 * has passed; they are also counted in {@code planned} or {@code inProgress}.
 */
public record RoadmapProgress(int occurrences, int planned, int inProgress, int done, int cancelled, int overdue,
        LocalDate asOf) {

    public static RoadmapProgress of(Collection<Occurrence> occurrences, LocalDate today) {
        int planned = 0;
        int inProgress = 0;
        int done = 0;
        int cancelled = 0;
        int overdue = 0;
        for (Occurrence o : occurrences) {
            switch (o.status()) {
                case PLANNED -> planned++;
                case IN_PROGRESS -> inProgress++;
                case DONE -> done++;
                case CANCELLED -> cancelled++;
            }
            if (o.isOverdue(today)) {
                overdue++;
            }
        }
        return new RoadmapProgress(occurrences.size(), planned, inProgress, done, cancelled, overdue, today);
    }

    /** Share done of those not cancelled, 0–100; 0 when nothing is to be done. */
    public double percentDone() {
        int relevant = occurrences - cancelled;
        return relevant == 0 ? 0 : 100.0 * done / relevant;
    }

    /** The status an item (or roadmap) shows as a whole. */
    public OccurrenceStatus overallStatus() {
        if (occurrences > 0 && cancelled == occurrences) {
            return OccurrenceStatus.CANCELLED;
        }
        if (occurrences > 0 && done + cancelled == occurrences) {
            return OccurrenceStatus.DONE;
        }
        if (inProgress > 0 || done > 0) {
            return OccurrenceStatus.IN_PROGRESS;
        }
        return OccurrenceStatus.PLANNED;
    }
}
