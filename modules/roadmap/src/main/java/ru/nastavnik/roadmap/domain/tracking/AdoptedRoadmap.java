package ru.nastavnik.roadmap.domain.tracking;

import java.util.List;

/** A roadmap as adopted: its items and every occurrence materialised from their schedules. */
public record AdoptedRoadmap(Roadmap roadmap, List<RoadmapItem> items, List<Occurrence> occurrences) {

    public AdoptedRoadmap {
        items = List.copyOf(items);
        occurrences = List.copyOf(occurrences);
    }
}
