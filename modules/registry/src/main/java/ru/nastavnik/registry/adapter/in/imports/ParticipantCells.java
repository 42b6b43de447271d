package ru.nastavnik.registry.adapter.in.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.ParticipantRow;

/** Renders a {@link ParticipantRow} as template cells, so that an export can be imported again unchanged. */
final class ParticipantCells {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ParticipantCells() {
    }

    /** The text of one column. */
    static String text(ParticipantRow p, ImportColumn column) {
        return switch (column) {
            case SURNAME -> p.surname();
            case NAME -> p.name();
            case PATRONYMIC -> orEmpty(p.patronymic());
            case CATEGORY -> p.category().label();
            case BIRTH_DATE -> date(p.birthDate());
            case SCHOOL_CLASS -> p.schoolClass() == null ? "" : p.schoolClass().label();
            case ORGANISATION -> p.organisation().shortName();
            case PEDAGOGICAL_START -> date(p.pedagogicalStart());
            case COMPANY -> orEmpty(p.company());
            case ROLE -> p.role().label();
            case MENTOR_COMPETENCIES -> String.join("; ", p.mentorCompetencies());
            case MENTOR_CAPACITY -> p.mentorCapacity() == null ? "" : p.mentorCapacity().toString();
            case MENTOR_TRAINING -> date(p.mentorTrainingDate());
            case MENTEE_REQUESTS -> String.join("; ", p.menteeRequests());
            case CONSENT_DATE -> date(p.consentDate());
            case CONSENT_GIVER -> p.consentGiver().label();
            case LEGAL_REPRESENTATIVE -> orEmpty(p.legalRepresentative());
            case EMAIL -> orEmpty(p.email());
            case PHONE -> orEmpty(p.phone());
        };
    }

    /** The date of a date column, null for other columns or when empty. */
    static LocalDate date(ParticipantRow p, ImportColumn column) {
        return switch (column) {
            case BIRTH_DATE -> p.birthDate();
            case PEDAGOGICAL_START -> p.pedagogicalStart();
            case MENTOR_TRAINING -> p.mentorTrainingDate();
            case CONSENT_DATE -> p.consentDate();
            default -> null;
        };
    }

    static boolean isDateColumn(ImportColumn column) {
        return switch (column) {
            case BIRTH_DATE, PEDAGOGICAL_START, MENTOR_TRAINING, CONSENT_DATE -> true;
            default -> false;
        };
    }

    static List<String> all(ParticipantRow p) {
        List<String> cells = new ArrayList<>(ImportColumn.values().length);
        for (ImportColumn c : ImportColumn.values()) {
            cells.add(text(p, c));
        }
        return cells;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
