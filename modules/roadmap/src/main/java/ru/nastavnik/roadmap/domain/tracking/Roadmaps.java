package ru.nastavnik.roadmap.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the current tenant's adopted roadmaps, their items and occurrences (row-level security scopes every call). */
public interface Roadmaps {

    /** Serialises, until the end of the transaction, work that must not run twice at once in one tenant. */
    void lockTenant(String purpose);

    /** Stores a newly adopted roadmap with all its items and occurrences. */
    void insert(AdoptedRoadmap adopted);

    /** All roadmaps of the tenant, newest adoption first. */
    List<Roadmap> all();

    Optional<Roadmap> byId(UUID id);

    /** Items of a roadmap in document order. */
    List<RoadmapItem> items(UUID roadmapId);

    Optional<RoadmapItem> item(UUID itemId);

    /** Items of every roadmap of the tenant bound to the event key. */
    List<RoadmapItem> itemsBoundTo(String bindingKey);

    /** Items tracked per school, of every roadmap of the tenant. */
    List<RoadmapItem> perSchoolItems();

    /** Occurrences of a roadmap with their evidence, by item position, seq and school. */
    List<Occurrence> occurrences(UUID roadmapId);

    /** Occurrences of one item with their evidence. */
    List<Occurrence> occurrencesOfItem(UUID itemId);

    Optional<Occurrence> occurrence(UUID id);

    /**
     * Saves new progress of an occurrence (status, reason, evidence) if its version is still {@code occurrence.version()};
     * otherwise fails with Spring's {@code OptimisticLockingFailureException} (shown as 409).
     */
    Occurrence update(Occurrence occurrence, Instant now);

    /** Adds occurrences (a new school's); those that exist already are skipped. */
    void addOccurrences(List<Occurrence> occurrences, Instant now);

    /** Removes occurrences (municipal placeholders replaced by schools' occurrences). */
    void delete(List<UUID> occurrenceIds);

    /**
     * Claims every open occurrence of the tenant due before {@code today} that was not claimed yet, marking it with
     * {@code now}; each is returned to exactly one caller, however many run at once.
     */
    List<OverdueClaim> claimOverdue(LocalDate today, Instant now);
}
