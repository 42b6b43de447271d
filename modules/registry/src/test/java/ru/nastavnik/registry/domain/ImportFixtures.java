package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Shared test data: a tenant's organisations, a reference date and valid rows of each kind. */
public final class ImportFixtures {

    public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 9, 1);
    public static final OrganisationRef SCHOOL_1 = new OrganisationRef("org-1", "МБОУ СОШ №1");
    public static final OrganisationRef SCHOOL_2 = new OrganisationRef("org-2", "МБОУ «Гимназия №2»");
    public static final OrganisationRef COLLEGE = new OrganisationRef("org-3", "ГБПОУ Сасовский колледж");
    public static final OrganisationDirectory ORGANISATIONS = OrganisationDirectory.of(List.of(SCHOOL_1, SCHOOL_2, COLLEGE));

    private ImportFixtures() {
    }

    public static List<String> header() {
        return ImportColumn.headers();
    }

    public static RawRow headerRow() {
        return new RawRow(1, header());
    }

    /** A mutable row of the template's columns. */
    public static final class Row {
        private final Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);

        public Row with(ImportColumn column, String value) {
            values.put(column, value);
            return this;
        }

        public Row without(ImportColumn column) {
            values.remove(column);
            return this;
        }

        public String get(ImportColumn column) {
            return values.getOrDefault(column, "");
        }

        public List<String> cells() {
            List<String> cells = new ArrayList<>();
            for (ImportColumn c : ImportColumn.values()) {
                cells.add(values.getOrDefault(c, ""));
            }
            return cells;
        }

        public RawRow at(int rowNumber) {
            return new RawRow(rowNumber, cells());
        }
    }

    /** A 7th-grader mentee, 13 years old, consent by a parent. */
    public static Row pupilMentee() {
        return new Row()
                .with(ImportColumn.SURNAME, "Петров")
                .with(ImportColumn.NAME, "Семён")
                .with(ImportColumn.PATRONYMIC, "Игоревич")
                .with(ImportColumn.CATEGORY, "обучающийся")
                .with(ImportColumn.BIRTH_DATE, "12.05.2012")
                .with(ImportColumn.SCHOOL_CLASS, "7Б")
                .with(ImportColumn.ORGANISATION, "МБОУ СОШ №1")
                .with(ImportColumn.ROLE, "наставляемый")
                .with(ImportColumn.MENTEE_REQUESTS, "математика, подготовка к олимпиаде")
                .with(ImportColumn.CONSENT_DATE, "01.09.2024")
                .with(ImportColumn.CONSENT_GIVER, "законный представитель")
                .with(ImportColumn.LEGAL_REPRESENTATIVE, "Петрова Ольга Николаевна");
    }

    /** A young teacher (27, started 2023) who is mentor and mentee. */
    public static Row teacherMentorAndMentee() {
        return new Row()
                .with(ImportColumn.SURNAME, "Кузнецова")
                .with(ImportColumn.NAME, "Алёна")
                .with(ImportColumn.PATRONYMIC, "Викторовна")
                .with(ImportColumn.CATEGORY, "педагог")
                .with(ImportColumn.BIRTH_DATE, "03.02.1998")
                .with(ImportColumn.ORGANISATION, "МБОУ СОШ №1")
                .with(ImportColumn.PEDAGOGICAL_START, "01.09.2023")
                .with(ImportColumn.ROLE, "наставник и наставляемый")
                .with(ImportColumn.MENTOR_COMPETENCIES, "русский язык; литература")
                .with(ImportColumn.MENTOR_CAPACITY, "2")
                .with(ImportColumn.MENTEE_REQUESTS, "классное руководство")
                .with(ImportColumn.CONSENT_DATE, "28.08.2024")
                .with(ImportColumn.CONSENT_GIVER, "сам")
                .with(ImportColumn.EMAIL, "kuznetsova@example.ru")
                .with(ImportColumn.PHONE, "8 (912) 345-67-89");
    }

    /** An adult student of the college, mentor. */
    public static Row studentMentor() {
        return new Row()
                .with(ImportColumn.SURNAME, "Сидоров")
                .with(ImportColumn.NAME, "Артём")
                .with(ImportColumn.CATEGORY, "студент")
                .with(ImportColumn.BIRTH_DATE, "2006-11-30")
                .with(ImportColumn.ORGANISATION, "ГБПОУ Сасовский колледж")
                .with(ImportColumn.ROLE, "наставник")
                .with(ImportColumn.MENTOR_COMPETENCIES, "программирование")
                .with(ImportColumn.MENTOR_CAPACITY, "3")
                .with(ImportColumn.MENTOR_TRAINING, "15.03.2025")
                .with(ImportColumn.CONSENT_DATE, "10.01.2025")
                .with(ImportColumn.CONSENT_GIVER, "сам");
    }

    /** An employer's representative, mentor. */
    public static Row employerMentor() {
        return new Row()
                .with(ImportColumn.SURNAME, "Морозов")
                .with(ImportColumn.NAME, "Илья")
                .with(ImportColumn.PATRONYMIC, "Петрович")
                .with(ImportColumn.CATEGORY, "представитель работодателя")
                .with(ImportColumn.BIRTH_DATE, "20.07.1980")
                .with(ImportColumn.ORGANISATION, "МБОУ «Гимназия №2»")
                .with(ImportColumn.COMPANY, "АО «Сасовский завод»")
                .with(ImportColumn.ROLE, "наставник")
                .with(ImportColumn.MENTOR_COMPETENCIES, "инженерное дело, профориентация")
                .with(ImportColumn.MENTOR_CAPACITY, "5")
                .with(ImportColumn.CONSENT_DATE, "01.02.2025")
                .with(ImportColumn.CONSENT_GIVER, "сам")
                .with(ImportColumn.PHONE, "+7 900 111-22-33");
    }

    /** A distinct Cyrillic word for every number («а», «б», …, «ба», …), for unique names in generated rows. */
    public static String letters(int n) {
        String alphabet = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder sb = new StringBuilder();
        int k = n;
        do {
            sb.insert(0, alphabet.charAt(k % alphabet.length()));
            k /= alphabet.length();
        } while (k > 0);
        return sb.toString();
    }

    /** Header plus the given rows numbered 2, 3, … */
    public static List<RawRow> table(Row... rows) {
        List<RawRow> table = new ArrayList<>();
        table.add(headerRow());
        for (int i = 0; i < rows.length; i++) {
            table.add(rows[i].at(i + 2));
        }
        return table;
    }

    public static ImportResult validate(Row... rows) {
        return ImportValidation.validate(table(rows), ORGANISATIONS, REFERENCE_DATE);
    }

    public static List<RowError> errors(ImportResult result) {
        if (result instanceof ImportResult.Rejected rejected) {
            return rejected.report().errors();
        }
        throw new AssertionError("expected a rejected import, got " + result);
    }

    public static List<ParticipantRow> rows(ImportResult result) {
        if (result instanceof ImportResult.Accepted accepted) {
            return accepted.rows();
        }
        throw new AssertionError("expected an accepted import, got " + ((ImportResult.Rejected) result).report().errors());
    }
}
