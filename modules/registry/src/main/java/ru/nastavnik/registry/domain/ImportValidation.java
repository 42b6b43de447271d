package ru.nastavnik.registry.domain;

import static ru.nastavnik.registry.domain.ImportColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Validates an uploaded participant list row by row, as the readers stream it, and decides all-or-nothing.
 *
 * <p>Feed it the rows in file order with {@link #accept(RawRow)} (blank rows are skipped; the first non-blank
 * row is the header), then call {@link #finish()} once. Every problem of the file is collected (the first
 * {@code maxReportedErrors} are listed, the rest only counted). Valid rows are kept only while no problem has
 * been found, so a bad large file does not hold its rows in memory. Not thread-safe; one instance per upload.
 *
 * <p>Ages are computed on the {@code referenceDate} (the upload date), except for the consent rule, which uses
 * the age on the date of the consent. The rules are documented in {@code modules/registry/IMPORT.md}.
 */
public final class ImportValidation implements Consumer<RawRow> {

    public static final int DEFAULT_MAX_REPORTED_ERRORS = 1000;

    static final int PUPIL_MIN_AGE = 6;
    static final int PUPIL_MAX_AGE = 20;
    static final int STUDENT_MIN_AGE = 14;
    static final int ADULT_AGE = 18;
    static final int PEDAGOGICAL_START_MIN_AGE = 16;
    /** Under this age on the date of consent only a legal representative can consent (ГК РФ ст. 28, 152-ФЗ ст. 9). */
    static final int SELF_CONSENT_MIN_AGE = 14;
    static final int MAX_AGE = 100;
    static final int MIN_CAPACITY = 1;
    static final int MAX_CAPACITY = 10;
    /** Distinct «Организация» spellings remembered per upload; beyond that the directory is simply asked again. */
    static final int MAX_CACHED_ORGANISATION_CELLS = 1000;

    /** The folded names of the template's sample row, folded once rather than on every row. */
    private static final String SAMPLE_SURNAME = TextNormalization.fold(SURNAME.example());
    private static final String SAMPLE_NAME = TextNormalization.fold(NAME.example());
    private static final String SAMPLE_PATRONYMIC = TextNormalization.fold(PATRONYMIC.example());
    /** «категория «педагог»», «роль «наставник»» for messages, built once rather than on every row. */
    private static final Map<ParticipantCategory, String> CATEGORY_IN_MESSAGE = new EnumMap<>(ParticipantCategory.class);
    private static final Map<ParticipantRole, String> ROLE_IN_MESSAGE = new EnumMap<>(ParticipantRole.class);

    static {
        for (ParticipantCategory c : ParticipantCategory.values()) {
            CATEGORY_IN_MESSAGE.put(c, "категория «" + c.label() + "»");
        }
        for (ParticipantRole r : ParticipantRole.values()) {
            ROLE_IN_MESSAGE.put(r, "роль «" + r.label() + "»");
        }
    }

    private final OrganisationDirectory organisations;
    private final LocalDate referenceDate;
    private final int maxReportedErrors;
    private final String referenceText;
    private final LocalDate sampleBirthDate;
    /** Distinct «Организация» cells seen so far and what they named; a file names a few organisations many times. */
    private final Map<String, Optional<OrganisationRef>> organisationByCell = new HashMap<>();

    private final List<RowError> errors = new ArrayList<>();
    private int totalErrors;
    private List<ParticipantRow> rows = new ArrayList<>();
    /**
     * First row of each {@link ParticipantNaturalKey#asString()}. The string, not the key record, is kept, in a
     * table without per-entry objects: what lives on until the end of the upload matters to the garbage collector
     * with 100,000 rows. Validated names contain no «|», so two keys are equal exactly when their strings are.
     */
    private final FirstRowByKey firstRowByKey = new FirstRowByKey();
    private final List<String> ignoredColumns = new ArrayList<>();
    private final int[] columnIndex = new int[ImportColumn.values().length];
    private boolean headerSeen;
    private boolean headerBroken;
    private boolean finished;
    private int dataRows;
    private int progressEvery;
    private java.util.function.IntConsumer progress;

    public ImportValidation(OrganisationDirectory organisations, LocalDate referenceDate) {
        this(organisations, referenceDate, DEFAULT_MAX_REPORTED_ERRORS);
    }

    public ImportValidation(OrganisationDirectory organisations, LocalDate referenceDate, int maxReportedErrors) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
        if (maxReportedErrors < 1) {
            throw new IllegalArgumentException("maxReportedErrors must be positive");
        }
        this.maxReportedErrors = maxReportedErrors;
        this.referenceText = CellParsers.format(referenceDate);
        try {
            this.sampleBirthDate = CellParsers.date(BIRTH_DATE.example());
        } catch (CellProblem e) {
            throw new IllegalStateException(e);
        }
        Arrays.fill(columnIndex, -1);
    }

    /** Validates a whole table (header first) at once. */
    public static ImportResult validate(Iterable<RawRow> table, OrganisationDirectory organisations,
                                        LocalDate referenceDate) {
        ImportValidation validation = new ImportValidation(organisations, referenceDate);
        table.forEach(validation);
        return validation.finish();
    }

    @Override
    public void accept(RawRow row) {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        if (row.isBlank() || headerBroken) {
            return;
        }
        if (!headerSeen) {
            headerSeen = true;
            readHeader(row);
        } else {
            new RowCheck(row).run();
            dataRows++;
            if (progress != null && dataRows % progressEvery == 0) {
                progress.accept(dataRows);
            }
        }
    }

    /** Calls {@code listener} with the number of data rows validated so far after every {@code every} rows. */
    public ImportValidation onProgress(int every, java.util.function.IntConsumer listener) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be positive");
        }
        this.progressEvery = every;
        this.progress = listener;
        return this;
    }

    /** Non-blank data rows validated so far. */
    public int dataRows() {
        return dataRows;
    }

    /**
     * Records a problem of the whole file found by a reader (bad encoding, broken quotes, unreadable XLSX).
     * Rows after it are not validated.
     */
    public void reportFileProblem(String message) {
        headerBroken = true;
        add(new RowError(0, null, null, message));
    }

    /** The decision. */
    public ImportResult finish() {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        finished = true;
        if (!headerSeen && totalErrors == 0) {
            add(new RowError(0, null, null, "файл пуст: нет ни строки заголовка, ни данных"));
        } else if (!headerBroken && totalErrors == 0 && rows.isEmpty()) {
            add(new RowError(0, null, null, "в файле есть только строка заголовка, строк с участниками нет"));
        }
        if (totalErrors > 0) {
            return new ImportResult.Rejected(new ImportReport(errors, totalErrors));
        }
        return new ImportResult.Accepted(rows, ignoredColumns);
    }

    private void add(RowError error) {
        totalErrors++;
        rows = null;
        if (errors.size() < maxReportedErrors) {
            errors.add(error);
        }
    }

    private void readHeader(RawRow header) {
        Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = TextNormalization.clean(header.cell(i));
            if (cell.isEmpty()) {
                continue;
            }
            var column = ImportColumn.match(cell);
            if (column.isEmpty()) {
                ignoredColumns.add(cell);
                continue;
            }
            Integer previous = found.putIfAbsent(column.get(), i);
            if (previous != null) {
                problems.add("столбец «" + column.get().header() + "» встречается дважды (столбцы "
                        + columnLetter(previous) + " и " + columnLetter(i) + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            if (c.requiredInHeader() && !found.containsKey(c)) {
                missing.add("«" + c.header() + "»");
            }
        }
        if (!missing.isEmpty()) {
            String message = "в строке заголовка (строка " + header.rowNumber() + ") нет обязательных столбцов: "
                    + String.join(", ", missing);
            if (!ignoredColumns.isEmpty()) {
                message += "; нераспознанные заголовки: «" + String.join("», «", ignoredColumns) + "»";
            }
            problems.add(0, message);
        }
        if (!problems.isEmpty()) {
            headerBroken = true;
            for (String p : problems) {
                add(new RowError(0, null, null, p));
            }
            return;
        }
        found.forEach((c, i) -> columnIndex[c.ordinal()] = i);
    }

    /** A, B, …, Z, AA, … for a 0-based index. */
    static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    /** The directory's answer for a cell, asked once per distinct spelling (up to a bound, to cap memory). */
    private OrganisationRef organisation(String cell) {
        Optional<OrganisationRef> known = organisationByCell.get(cell);
        if (known == null) {
            known = organisations.findByShortName(cell);
            if (organisationByCell.size() < MAX_CACHED_ORGANISATION_CELLS) {
                organisationByCell.put(cell, known);
            }
        }
        return known.orElse(null);
    }

    /** Checks of one data row. */
    private final class RowCheck {
        private final RawRow raw;
        private final int rowNumber;
        private boolean ok = true;

        RowCheck(RawRow raw) {
            this.raw = raw;
            this.rowNumber = raw.rowNumber();
        }

        String text(ImportColumn c) {
            int i = columnIndex[c.ordinal()];
            return i < 0 ? "" : TextNormalization.clean(raw.cell(i));
        }

        void error(ImportColumn c, String value, String message) {
            ok = false;
            add(new RowError(rowNumber, c == null ? null : c.header(), value, message));
        }

        /** The cleaned text of an always-required column, or null after reporting it missing. */
        String required(ImportColumn c) {
            String v = text(c);
            if (v.isEmpty()) {
                error(c, v, "обязательное поле не заполнено");
                return null;
            }
            return v;
        }

        String requiredFor(ImportColumn c, String who) {
            String v = text(c);
            if (v.isEmpty()) {
                error(c, v, "не заполнено: обязательно " + who);
                return null;
            }
            return v;
        }

        void mustBeEmpty(ImportColumn c, String onlyFor, String actual) {
            String v = text(c);
            if (!v.isEmpty()) {
                error(c, v, "заполняется только " + onlyFor + ", а здесь " + actual + " — очистите ячейку или исправьте "
                        + (actual.startsWith("роль") ? "роль" : "категорию"));
            }
        }

        LocalDate date(ImportColumn c, String v) {
            if (v == null || v.isEmpty()) {
                return null;
            }
            try {
                return CellParsers.date(v);
            } catch (CellProblem p) {
                error(c, v, p.getMessage());
                return null;
            }
        }

        /** Reports a date after the reference date. */
        LocalDate notInFuture(ImportColumn c, String v, LocalDate d, String what) {
            if (d != null && d.isAfter(referenceDate)) {
                error(c, v, what + " «" + v + "» позже даты загрузки " + referenceText);
                return null;
            }
            return d;
        }

        String name(ImportColumn c, String v) {
            if (v == null || v.isEmpty()) {
                return v;
            }
            try {
                return CellParsers.personName(v);
            } catch (CellProblem p) {
                error(c, v, p.getMessage());
                return null;
            }
        }

        void run() {
            String surname = name(SURNAME, required(SURNAME));
            String name = name(NAME, required(NAME));
            String patronymicText = text(PATRONYMIC);
            String patronymic = patronymicText.isEmpty() ? "" : name(PATRONYMIC, patronymicText);

            String categoryText = required(CATEGORY);
            ParticipantCategory category = null;
            if (categoryText != null) {
                category = ParticipantCategory.parse(categoryText).orElse(null);
                if (category == null) {
                    error(CATEGORY, categoryText, "неизвестная категория «" + categoryText + "»: допустимы "
                            + quoted(ParticipantCategory.labels()));
                }
            }

            String birthText = required(BIRTH_DATE);
            LocalDate birthDate = notInFuture(BIRTH_DATE, birthText, date(BIRTH_DATE, birthText), "дата рождения");
            Integer age = null;
            if (birthDate != null) {
                age = java.time.Period.between(birthDate, referenceDate).getYears();
                if (age > MAX_AGE) {
                    error(BIRTH_DATE, birthText, "возраст " + age + " лет невозможен — проверьте год рождения");
                    birthDate = null;
                    age = null;
                }
            }

            String organisationText = required(ORGANISATION);
            OrganisationRef organisation = null;
            if (organisationText != null) {
                organisation = organisation(organisationText);
                if (organisation == null) {
                    error(ORGANISATION, organisationText, "организация «" + organisationText
                            + "» не зарегистрирована в муниципалитете");
                }
            }

            String roleText = required(ROLE);
            ParticipantRole role = null;
            if (roleText != null) {
                role = ParticipantRole.parse(roleText).orElse(null);
                if (role == null) {
                    error(ROLE, roleText, "неизвестная роль «" + roleText + "»: допустимы " + quoted(ParticipantRole.labels()));
                }
            }

            SchoolClass schoolClass = null;
            LocalDate pedagogicalStart = null;
            String company = null;
            if (category != null) {
                String actual = CATEGORY_IN_MESSAGE.get(category);
                switch (category) {
                    case PUPIL -> {
                        schoolClass = schoolClass(requiredFor(SCHOOL_CLASS, "для обучающихся"));
                        ageWithin(birthText, age, PUPIL_MIN_AGE, PUPIL_MAX_AGE, "обучающегося");
                        mustBeEmpty(PEDAGOGICAL_START, "для педагогов", actual);
                        mustBeEmpty(COMPANY, "для представителей работодателя", actual);
                    }
                    case STUDENT -> {
                        ageAtLeast(birthText, age, STUDENT_MIN_AGE, "студента");
                        mustBeEmpty(SCHOOL_CLASS, "для обучающихся", actual);
                        mustBeEmpty(PEDAGOGICAL_START, "для педагогов", actual);
                        mustBeEmpty(COMPANY, "для представителей работодателя", actual);
                    }
                    case TEACHER -> {
                        ageAtLeast(birthText, age, ADULT_AGE, "педагога");
                        String startText = requiredFor(PEDAGOGICAL_START, "для педагогов");
                        pedagogicalStart = notInFuture(PEDAGOGICAL_START, startText, date(PEDAGOGICAL_START, startText),
                                "дата начала педагогической деятельности");
                        if (pedagogicalStart != null && birthDate != null
                                && pedagogicalStart.isBefore(birthDate.plusYears(PEDAGOGICAL_START_MIN_AGE))) {
                            int ageAtStart = pedagogicalStart.isBefore(birthDate) ? 0
                                    : java.time.Period.between(birthDate, pedagogicalStart).getYears();
                            error(PEDAGOGICAL_START, startText, "педагогическая деятельность не может начаться раньше "
                                    + PEDAGOGICAL_START_MIN_AGE + " лет, а по этой дате участнику было " + ageAtStart);
                        }
                        mustBeEmpty(SCHOOL_CLASS, "для обучающихся", actual);
                        mustBeEmpty(COMPANY, "для представителей работодателя", actual);
                    }
                    case EMPLOYER_REPRESENTATIVE -> {
                        ageAtLeast(birthText, age, ADULT_AGE, "представителя работодателя");
                        company = requiredFor(COMPANY, "для представителей работодателя");
                        if (role != null && role != ParticipantRole.MENTOR) {
                            error(ROLE, roleText, "представитель работодателя может быть только наставником");
                        }
                        mustBeEmpty(SCHOOL_CLASS, "для обучающихся", actual);
                        mustBeEmpty(PEDAGOGICAL_START, "для педагогов", actual);
                    }
                }
            }

            List<String> competencies = List.of();
            Integer capacity = null;
            LocalDate training = null;
            List<String> requests = List.of();
            if (role != null) {
                String actualRole = ROLE_IN_MESSAGE.get(role);
                if (role.isMentor()) {
                    String c = requiredFor(MENTOR_COMPETENCIES, "для наставников");
                    if (c != null) {
                        competencies = CellParsers.list(c);
                        if (competencies.isEmpty()) {
                            error(MENTOR_COMPETENCIES, c, "не указано ни одной компетенции");
                        }
                    }
                    capacity = capacity(requiredFor(MENTOR_CAPACITY, "для наставников"));
                    String t = text(MENTOR_TRAINING);
                    training = notInFuture(MENTOR_TRAINING, t, date(MENTOR_TRAINING, t), "дата обучения");
                    if (training != null && birthDate != null && training.isBefore(birthDate)) {
                        error(MENTOR_TRAINING, t, "дата обучения раньше даты рождения");
                    }
                } else {
                    mustBeEmpty(MENTOR_COMPETENCIES, "для наставников", actualRole);
                    mustBeEmpty(MENTOR_CAPACITY, "для наставников", actualRole);
                    mustBeEmpty(MENTOR_TRAINING, "для наставников", actualRole);
                }
                if (role.isMentee()) {
                    String r = requiredFor(MENTEE_REQUESTS, "для наставляемых");
                    if (r != null) {
                        requests = CellParsers.list(r);
                        if (requests.isEmpty()) {
                            error(MENTEE_REQUESTS, r, "не указано ни одного запроса");
                        }
                    }
                } else {
                    mustBeEmpty(MENTEE_REQUESTS, "для наставляемых", actualRole);
                }
            }

            String consentText = required(CONSENT_DATE);
            LocalDate consentDate = notInFuture(CONSENT_DATE, consentText, date(CONSENT_DATE, consentText),
                    "дата согласия");
            if (consentDate != null && birthDate != null && consentDate.isBefore(birthDate)) {
                error(CONSENT_DATE, consentText, "согласие не может быть дано раньше даты рождения");
                consentDate = null;
            }
            String giverText = required(CONSENT_GIVER);
            ConsentGiver giver = null;
            if (giverText != null) {
                giver = ConsentGiver.parse(giverText).orElse(null);
                if (giver == null) {
                    error(CONSENT_GIVER, giverText, "неизвестное значение «" + giverText + "»: допустимы "
                            + quoted(ConsentGiver.labels()));
                }
            }
            String representative = null;
            if (giver == ConsentGiver.SELF) {
                if (consentDate != null && birthDate != null) {
                    int ageAtConsent = java.time.Period.between(birthDate, consentDate).getYears();
                    if (ageAtConsent < SELF_CONSENT_MIN_AGE) {
                        error(CONSENT_GIVER, giverText, "на дату согласия участнику было " + ageAtConsent
                                + " — до " + SELF_CONSENT_MIN_AGE + " лет согласие на обработку персональных данных "
                                + "даёт только законный представитель");
                    }
                }
                mustBeEmptyForSelfConsent();
            } else if (giver == ConsentGiver.LEGAL_REPRESENTATIVE) {
                representative = name(LEGAL_REPRESENTATIVE,
                        requiredFor(LEGAL_REPRESENTATIVE, "когда согласие дал законный представитель"));
            }

            String emailText = text(EMAIL);
            String email = null;
            if (!emailText.isEmpty()) {
                try {
                    email = CellParsers.email(emailText);
                } catch (CellProblem p) {
                    error(EMAIL, emailText, p.getMessage());
                }
            }
            String phoneText = text(PHONE);
            String phone = null;
            if (!phoneText.isEmpty()) {
                try {
                    phone = CellParsers.phone(phoneText);
                } catch (CellProblem p) {
                    error(PHONE, phoneText, p.getMessage());
                }
            }

            if (surname != null && name != null && patronymic != null && birthDate != null) {
                // The birth date first: it rules out almost every row before any name is folded.
                if (birthDate.equals(sampleBirthDate)
                        && TextNormalization.fold(surname).equals(SAMPLE_SURNAME)
                        && TextNormalization.fold(name).equals(SAMPLE_NAME)
                        && TextNormalization.fold(patronymic).equals(SAMPLE_PATRONYMIC)) {
                    error(null, null, "это строка-образец из шаблона — удалите её или замените своими данными");
                }
                if (organisation != null) {
                    String key = ParticipantNaturalKey.asString(organisation.id(), surname, name, patronymic,
                            birthDate);
                    int first = firstRowByKey.putIfAbsent(key, rowNumber);
                    if (first != 0) {
                        error(null, null, "повторяет строку " + first + ": совпадают организация, фамилия, имя, "
                                + "отчество и дата рождения (если участник и наставник, и наставляемый — укажите роль "
                                + "«наставник и наставляемый» в одной строке)");
                    }
                }
            }

            if (ok && rows != null) {
                rows.add(new ParticipantRow(rowNumber, surname, name, patronymic.isEmpty() ? null : patronymic,
                        category, birthDate, schoolClass, organisation, pedagogicalStart, company, role, competencies,
                        capacity, training, requests, consentDate, giver, representative, email, phone));
            }
        }

        private void mustBeEmptyForSelfConsent() {
            String v = text(LEGAL_REPRESENTATIVE);
            if (!v.isEmpty()) {
                error(LEGAL_REPRESENTATIVE, v, "заполнено, хотя согласие дал сам участник — укажите «законный "
                        + "представитель» в столбце «" + CONSENT_GIVER.header() + "» или очистите ячейку");
            }
        }

        private SchoolClass schoolClass(String v) {
            if (v == null) {
                return null;
            }
            try {
                return CellParsers.schoolClass(v);
            } catch (CellProblem p) {
                error(SCHOOL_CLASS, v, p.getMessage());
                return null;
            }
        }

        private Integer capacity(String v) {
            if (v == null) {
                return null;
            }
            try {
                int n = CellParsers.integer(v, "ожидается целое число от " + MIN_CAPACITY + " до " + MAX_CAPACITY);
                if (n < MIN_CAPACITY || n > MAX_CAPACITY) {
                    error(MENTOR_CAPACITY, v, "значение " + n + " вне диапазона " + MIN_CAPACITY + "–" + MAX_CAPACITY);
                    return null;
                }
                return n;
            } catch (CellProblem p) {
                error(MENTOR_CAPACITY, v, p.getMessage());
                return null;
            }
        }

        private void ageWithin(String birthText, Integer age, int min, int max, String whom) {
            if (age != null && (age < min || age > max)) {
                error(BIRTH_DATE, birthText, "на " + referenceText + " возраст " + whom + " — " + age
                        + ", а допустимо от " + min + " до " + max + " лет");
            }
        }

        private void ageAtLeast(String birthText, Integer age, int min, String whom) {
            if (age != null && age < min) {
                error(BIRTH_DATE, birthText, "на " + referenceText + " возраст " + whom + " — " + age
                        + ", а должно быть не меньше " + min + " лет");
            }
        }
    }

    private static String quoted(List<String> labels) {
        return "«" + String.join("», «", labels) + "»";
    }
}
