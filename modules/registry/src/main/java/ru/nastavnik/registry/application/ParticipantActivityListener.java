package ru.nastavnik.registry.application;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.ParticipantActivity;
import ru.nastavnik.registry.domain.AuditAction;
import ru.nastavnik.registry.domain.AuditEntry;
import ru.nastavnik.registry.domain.AuditLog;

/**
 * Writes what participants did elsewhere — sign-ins (platform), answers to the compatibility questionnaire
 * (pairing), answers to a monitoring questionnaire (monitoring; only that they answered) — into the audit log, one
 * entry per activity id (a redelivered event adds nothing).
 */
@Component
class ParticipantActivityListener {

    private final AuditLog audit;

    ParticipantActivityListener(AuditLog audit) {
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ParticipantActivity activity) {
        AuditAction action = switch (activity.kind()) {
            case SIGNED_IN -> AuditAction.SIGNED_IN;
            case QUESTIONNAIRE_ANSWERED -> AuditAction.QUESTIONNAIRE_ANSWERED;
            case SURVEY_ANSWERED -> AuditAction.SURVEY_ANSWERED;
        };
        audit.record(new AuditEntry(activity.id(), activity.at(), activity.accountId(), activity.username(), action,
                activity.participantId(), activity.details()));
    }
}
