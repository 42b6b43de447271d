package ru.nastavnik.roadmap.domain.progress;

import java.time.Instant;
import java.util.Objects;

import ru.nastavnik.roadmap.domain.template.EventBinding;

/**
 * A fact the system itself observed: another module's event that completed a bound item.
 *
 * @param eventType the event's key, e.g. {@code pairing.pairs-fixed}
 * @param eventId the event's identifier, so a redelivered event is recognised
 * @param description Russian description, e.g. {@code Закреплено 12 наставнических пар}
 * @param observedAt when the event happened
 */
public record EventEvidence(String eventType, String eventId, String description, Instant observedAt)
        implements Evidence {

    public EventEvidence {
        eventType = Required.text(eventType, "Не указан тип события");
        eventId = Required.text(eventId, "Не указан идентификатор события");
        description = Required.text(description, "Не указано описание события");
        Objects.requireNonNull(observedAt, "Не указано время события");
    }

    /** Whether this event is the one the binding waits for. */
    public boolean matches(EventBinding binding) {
        return binding != null && binding.key().equals(eventType);
    }

    @Override
    public String summary() {
        return description + " (событие " + eventType + ")";
    }
}
