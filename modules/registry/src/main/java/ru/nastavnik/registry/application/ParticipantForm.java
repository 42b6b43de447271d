package ru.nastavnik.registry.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.domain.Consent;
import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.Participant;

/**
 * A participant as typed into the card's form or sent to the API, as text. It is validated exactly like a row of an
 * import file (same rules, same Russian messages), field by field: each field is one template column.
 * Enumerations accept the template's Russian values or the API's constant names (PUPIL, MENTOR_AND_MENTEE, SELF …).
 */
public record ParticipantForm(String surname, String name, String patronymic, String category, String birthDate,
                              String schoolClass, String organizationId, String pedagogicalStart, String company,
                              String role, String competencies, String capacity, String trainedOn, String requests,
                              String consentDate, String consentGiver, String legalRepresentative, String email,
                              String phone) {

    /** The form field of each template column (the field names of this record). */
    public static final Map<ImportColumn, String> FIELDS;

    static {
        var m = new EnumMap<ImportColumn, String>(ImportColumn.class);
        m.put(ImportColumn.SURNAME, "surname");
        m.put(ImportColumn.NAME, "name");
        m.put(ImportColumn.PATRONYMIC, "patronymic");
        m.put(ImportColumn.CATEGORY, "category");
        m.put(ImportColumn.BIRTH_DATE, "birthDate");
        m.put(ImportColumn.SCHOOL_CLASS, "schoolClass");
        m.put(ImportColumn.ORGANISATION, "organizationId");
        m.put(ImportColumn.PEDAGOGICAL_START, "pedagogicalStart");
        m.put(ImportColumn.COMPANY, "company");
        m.put(ImportColumn.ROLE, "role");
        m.put(ImportColumn.MENTOR_COMPETENCIES, "competencies");
        m.put(ImportColumn.MENTOR_CAPACITY, "capacity");
        m.put(ImportColumn.MENTOR_TRAINING, "trainedOn");
        m.put(ImportColumn.MENTEE_REQUESTS, "requests");
        m.put(ImportColumn.CONSENT_DATE, "consentDate");
        m.put(ImportColumn.CONSENT_GIVER, "consentGiver");
        m.put(ImportColumn.LEGAL_REPRESENTATIVE, "legalRepresentative");
        m.put(ImportColumn.EMAIL, "email");
        m.put(ImportColumn.PHONE, "phone");
        FIELDS = java.util.Collections.unmodifiableMap(m);
    }

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public static ParticipantForm empty() {
        return new ParticipantForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The current facts of a participant, for the edit form (dates in ISO, as {@code <input type=date>} wants). */
    public static ParticipantForm of(Participant p) {
        Consent consent = p.consent(ConsentPurpose.PROCESSING).orElse(null);
        return new ParticipantForm(p.surname(), p.name(), nz(p.patronymic()), p.category().label(), iso(p.birthDate()),
                nz(p.classLabel()), p.organizationId().toString(), iso(p.pedagogicalStart()), nz(p.company()),
                p.role().label(), String.join("; ", p.competencies()), p.capacity() == null ? "" : p.capacity().toString(),
                p.lastTrainingDate().map(ParticipantForm::iso).orElse(""), String.join("; ", p.requests()),
                consent == null ? "" : iso(consent.givenOn()),
                consent == null ? "" : consent.byLegalRepresentative() ? "законный представитель" : "сам",
                consent == null ? "" : nz(consent.representativeName()), nz(p.email()), nz(p.phone()));
    }

    /** The cell text of a column, with the API's constant names turned into the template's Russian values. */
    String cell(ImportColumn column, String organisationShortName) {
        String v = switch (column) {
            case SURNAME -> surname;
            case NAME -> name;
            case PATRONYMIC -> patronymic;
            case CATEGORY -> label(category, ru.nastavnik.registry.domain.ParticipantCategory.values());
            case BIRTH_DATE -> birthDate;
            case SCHOOL_CLASS -> schoolClass;
            case ORGANISATION -> organisationShortName;
            case PEDAGOGICAL_START -> pedagogicalStart;
            case COMPANY -> company;
            case ROLE -> label(role, ru.nastavnik.registry.domain.ParticipantRole.values());
            case MENTOR_COMPETENCIES -> competencies;
            case MENTOR_CAPACITY -> capacity;
            case MENTOR_TRAINING -> trainedOn;
            case MENTEE_REQUESTS -> requests;
            case CONSENT_DATE -> consentDate;
            case CONSENT_GIVER -> label(consentGiver, ru.nastavnik.registry.domain.ConsentGiver.values());
            case LEGAL_REPRESENTATIVE -> legalRepresentative;
            case EMAIL -> email;
            case PHONE -> phone;
        };
        return v == null ? "" : v;
    }

    List<String> cells(String organisationShortName) {
        return java.util.Arrays.stream(ImportColumn.values()).map(c -> cell(c, organisationShortName)).toList();
    }

    private static String label(String value, Enum<?>[] constants) {
        if (value == null) {
            return "";
        }
        for (Enum<?> c : constants) {
            if (c.name().equals(value.trim())) {
                if (c instanceof ru.nastavnik.registry.domain.ParticipantCategory pc) {
                    return pc.label();
                }
                if (c instanceof ru.nastavnik.registry.domain.ParticipantRole pr) {
                    return pr.label();
                }
                if (c instanceof ru.nastavnik.registry.domain.ConsentGiver g) {
                    return g.label();
                }
            }
        }
        return value;
    }

    static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String ru(LocalDate d) {
        return d == null ? "" : RU.format(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
