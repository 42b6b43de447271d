package ru.nastavnik.roadmap.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.roadmap.domain.progress.EventEvidence;
import ru.nastavnik.roadmap.domain.progress.Evidence;

/**
 * Self-completion: an item bound to another module's event ({@link ru.nastavnik.roadmap.domain.template.EventBinding})
 * completes itself, with that event as {@link EventEvidence}, when the event arrives.
 *
 * <p>Rules, per item:
 * <ul>
 *   <li>only an event whose key equals the item's binding counts;</li>
 *   <li>a municipal item: its occurrences are one group; a per-school item: the group of the event's organisation
 *       (plus the municipal placeholder while no school is known), or every school's group when the event names no
 *       organisation;</li>
 *   <li>in each group one open occurrence is completed: the earliest still due on or after the day of the event
 *       (or with no due date); if all open ones are past due, the latest of them (a late completion);</li>
 *   <li>a group that already holds this event as evidence is left alone — a redelivered event changes nothing.</li>
 * </ul>
 */
public final class SelfCompletion {

    private SelfCompletion() {
    }

    /** The observed fact: an {@code EvidenceEvent} of another module. */
    public record Fact(String key, String eventId, String summary, UUID organizationId, LocalDate observedOn,
            Instant observedAt) {

        public Fact {
            Objects.requireNonNull(key, "Не указан ключ события");
            Objects.requireNonNull(eventId, "Не указан идентификатор события");
            Objects.requireNonNull(observedOn, "Не указана дата события");
            Objects.requireNonNull(observedAt, "Не указано время события");
        }

        EventEvidence evidence() {
            return new EventEvidence(key, eventId, summary == null || summary.isBlank() ? "Событие " + key : summary,
                    observedAt);
        }
    }

    /** The occurrences of {@code item} to be completed by the fact, already completed; empty when none. */
    public static List<Occurrence> complete(RoadmapItem item, List<Occurrence> occurrencesOfItem, Fact fact) {
        if (item.binding() == null || !item.binding().key().equals(fact.key())) {
            return List.of();
        }
        Map<UUID, List<Occurrence>> groups = new LinkedHashMap<>();
        for (Occurrence o : occurrencesOfItem) {
            if (!o.itemId().equals(item.id())) {
                continue;
            }
            boolean concerned = !item.trackedPerSchool() || fact.organizationId() == null || o.isMunicipal()
                    || fact.organizationId().equals(o.organizationId());
            if (concerned) {
                groups.computeIfAbsent(o.organizationId(), k -> new ArrayList<>()).add(o);
            }
        }
        EventEvidence proof = fact.evidence();
        List<Occurrence> completed = new ArrayList<>();
        for (List<Occurrence> group : groups.values()) {
            if (group.stream().anyMatch(o -> holds(o, proof))) {
                continue;
            }
            choose(group, fact.observedOn()).ifPresent(o -> completed.add(o.with(o.progress().complete(proof))));
        }
        return completed;
    }

    static Optional<Occurrence> choose(List<Occurrence> group, LocalDate observedOn) {
        List<Occurrence> open = group.stream().filter(o -> o.status().isOpen()).toList();
        Optional<Occurrence> current = open.stream()
                .filter(o -> o.due() == null || !o.due().isBefore(observedOn))
                .min(Comparator.comparing(Occurrence::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(Occurrence::seq));
        if (current.isPresent()) {
            return current;
        }
        return open.stream().max(Comparator.comparing(Occurrence::due).thenComparingInt(Occurrence::seq));
    }

    private static boolean holds(Occurrence occurrence, EventEvidence proof) {
        for (Evidence e : occurrence.progress().evidence()) {
            if (e instanceof EventEvidence ev && ev.eventType().equals(proof.eventType())
                    && ev.eventId().equals(proof.eventId())) {
                return true;
            }
        }
        return false;
    }
}
