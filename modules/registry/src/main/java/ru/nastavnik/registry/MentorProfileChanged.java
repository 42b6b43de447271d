package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A mentor's profile changed (competencies, capacity, training, positive experience). */
public record MentorProfileChanged(TenantId tenantId, UUID participantId, java.util.Set<String> competencies, Integer capacity, boolean trained, LocalDate trainedOn, boolean positiveExperience) implements TenantScopedEvent {
}
