package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.PersonName;
import ru.nastavnik.registry.ParticipantSnapshot;

/**
 * A participant of the target model: a pupil, student, teacher or employer's representative of one organisation, who
 * is a mentor, a mentee or both, with consents and (for mentors) training records.
 * <p>
 * Rules kept here:
 * <ul>
 * <li>«young teacher» is derived, never typed: a teacher under 35 with under 3 full years since the start of
 * pedagogical activity, on a reference date;</li>
 * <li>nobody is active in programmes without a valid consent to processing;</li>
 * <li>withdrawing the processing consent anonymises the participant irreversibly: names become «Участник №N», the
 * birth date is reduced to its year, contacts, class letter, notes and the representative's name are erased; category,
 * organisation, grade, roles, competencies, requests and the age band stay for the indicators.</li>
 * </ul>
 * Persisted by the {@link ParticipantStore} (hand-written SQL: bulk import, list queries and anonymisation need it).
 */
@AggregateRoot
public final class Participant {

    public static final String ANONYMOUS_SURNAME = "Участник";

    @Identity
    private final UUID id;
    private final UUID tenantId;
    private final long number;
    private UUID organizationId;
    private String naturalKey;
    private ParticipantCategory category;
    private String surname;
    private String name;
    private String patronymic;
    private LocalDate birthDate;
    private int birthYear;
    private Integer grade;
    private String classLetter;
    private LocalDate pedagogicalStart;
    private String company;
    private String email;
    private String phone;
    private boolean mentor;
    private boolean mentee;
    private List<String> competencies;
    private String competenciesNote;
    private Integer capacity;
    private boolean positiveExperience;
    private List<String> requests;
    private String requestsNote;
    private ParticipantStatus status;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private String leftReason;
    private boolean anonymised;
    private LocalDate anonymisedOn;
    private final List<Consent> consents;
    private final List<TrainingRecord> trainings;
    private final Integer version;

    /** Every field, as stored; used by the store. */
    public Participant(UUID id, UUID tenantId, long number, UUID organizationId, String naturalKey,
                       ParticipantCategory category, String surname, String name, String patronymic, LocalDate birthDate,
                       int birthYear, Integer grade, String classLetter, LocalDate pedagogicalStart, String company,
                       String email, String phone, boolean mentor, boolean mentee, List<String> competencies,
                       String competenciesNote, Integer capacity, boolean positiveExperience, List<String> requests,
                       String requestsNote, ParticipantStatus status, LocalDate joinedOn, LocalDate leftOn,
                       String leftReason, boolean anonymised, LocalDate anonymisedOn, List<Consent> consents,
                       List<TrainingRecord> trainings, Integer version) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.number = number;
        this.organizationId = organizationId;
        this.naturalKey = naturalKey;
        this.category = category;
        this.surname = surname;
        this.name = name;
        this.patronymic = patronymic;
        this.birthDate = birthDate;
        this.birthYear = birthYear;
        this.grade = grade;
        this.classLetter = classLetter;
        this.pedagogicalStart = pedagogicalStart;
        this.company = company;
        this.email = email;
        this.phone = phone;
        this.mentor = mentor;
        this.mentee = mentee;
        this.competencies = List.copyOf(competencies);
        this.competenciesNote = competenciesNote;
        this.capacity = capacity;
        this.positiveExperience = positiveExperience;
        this.requests = List.copyOf(requests);
        this.requestsNote = requestsNote;
        this.status = status;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
        this.leftReason = leftReason;
        this.anonymised = anonymised;
        this.anonymisedOn = anonymisedOn;
        this.consents = new ArrayList<>(consents);
        this.trainings = new ArrayList<>(trainings);
        this.version = version;
    }

    /**
     * A participant as an import has just registered it from a row: what the store wrote for a new natural key
     * (number and version aside), so its snapshot can be published without reading it back.
     */
    public static Participant registeredFrom(UUID id, UUID tenantId, ParticipantRow row, LocalDate joinedOn) {
        boolean mentor = row.role().isMentor();
        boolean mentee = row.role().isMentee();
        SchoolClass schoolClass = row.schoolClass();
        List<TrainingRecord> trainings = mentor && row.mentorTrainingDate() != null
                ? List.of(new TrainingRecord(UUID.randomUUID(), TrainingRecord.IMPORTED_TITLE, row.mentorTrainingDate()))
                : List.of();
        Consent consent = new Consent(UUID.randomUUID(), ConsentPurpose.PROCESSING, row.consentDate(),
                row.consentGiver() == ConsentGiver.LEGAL_REPRESENTATIVE, row.legalRepresentative(), null);
        return new Participant(id, tenantId, 0, UUID.fromString(row.organisation().id()), row.naturalKeyString(),
                row.category(), row.surname(), row.name(), row.patronymic(), row.birthDate(), row.birthDate().getYear(),
                schoolClass == null ? null : schoolClass.grade(),
                schoolClass == null || schoolClass.letter().isEmpty() ? null : schoolClass.letter(),
                row.pedagogicalStart(), row.company(), row.email(), row.phone(), mentor, mentee,
                mentor ? row.mentorCompetencies() : List.of(), null,
                mentor ? row.mentorCapacity() : null, false, mentee ? row.menteeRequests() : List.of(), null,
                ParticipantStatus.ACTIVE, joinedOn, null, null, false, null, List.of(consent), trainings, 0);
    }

    // ---------------------------------------------------------------- derived facts

    /** Full years on a date; for an anonymised participant (year of birth only) the difference of the years. */
    public int ageOn(LocalDate date) {
        if (birthDate != null) {
            return Period.between(birthDate, date).getYears();
        }
        return date.getYear() - birthYear;
    }

    public AgeBand ageBandOn(LocalDate date) {
        return AgeBand.ofAge(ageOn(date));
    }

    public boolean isMinorOn(LocalDate date) {
        return ageOn(date) < 18;
    }

    /** Full years since the start of pedagogical activity (0 for non-teachers). */
    public int pedagogicalExperienceOn(LocalDate date) {
        if (pedagogicalStart == null || date.isBefore(pedagogicalStart)) {
            return 0;
        }
        return Period.between(pedagogicalStart, date).getYears();
    }

    /** A teacher under 35 with under 3 full years of experience on the date (the methodology's «молодой специалист»). */
    public boolean isYoungTeacherOn(LocalDate date) {
        return category == ParticipantCategory.TEACHER && ageOn(date) < ParticipantRow.YOUNG_TEACHER_AGE
                && pedagogicalExperienceOn(date) < ParticipantRow.YOUNG_TEACHER_EXPERIENCE_YEARS;
    }

    public Optional<Consent> consent(ConsentPurpose purpose) {
        return consents.stream().filter(c -> c.purpose() == purpose).findFirst();
    }

    public boolean hasValidConsent(ConsentPurpose purpose) {
        return consent(purpose).map(Consent::isValid).orElse(false);
    }

    /**
     * Active in programmes: participating, not anonymised, and with a valid consent to processing. The store keeps the
     * last part in the participant's own row, written with the consents, so that the register filters and counts by
     * it without reading the consents (decision 0014).
     */
    public boolean isActiveInProgrammes() {
        return status == ParticipantStatus.ACTIVE && !anonymised && hasValidConsent(ConsentPurpose.PROCESSING);
    }

    public Set<ru.nastavnik.registry.ParticipantRole> roles() {
        Set<ru.nastavnik.registry.ParticipantRole> roles = EnumSet.noneOf(ru.nastavnik.registry.ParticipantRole.class);
        if (mentor) {
            roles.add(ru.nastavnik.registry.ParticipantRole.MENTOR);
        }
        if (mentee) {
            roles.add(ru.nastavnik.registry.ParticipantRole.MENTEE);
        }
        return roles;
    }

    public ParticipantRole role() {
        return mentor && mentee ? ParticipantRole.MENTOR_AND_MENTEE : mentor ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
    }

    public PersonName personName() {
        return new PersonName(surname, name, patronymic);
    }

    public String fullName() {
        return personName().full();
    }

    public Optional<LocalDate> lastTrainingDate() {
        return trainings.stream().map(TrainingRecord::completedOn).max(LocalDate::compareTo);
    }

    /** What other modules may know (no birth date — its month only —, contacts or documents). */
    public ParticipantSnapshot snapshot(LocalDate referenceDate) {
        return new ParticipantSnapshot(id, organizationId, personName(),
                ru.nastavnik.registry.ParticipantCategory.valueOf(category.name()), grade, ageBandOn(referenceDate),
                isMinorOn(referenceDate), isYoungTeacherOn(referenceDate), roles(),
                mentor ? new LinkedHashSet<>(competencies) : Set.of(), mentee ? new LinkedHashSet<>(requests) : Set.of(),
                mentor ? capacity : null, mentor && !trainings.isEmpty(), positiveExperience,
                hasValidConsent(ConsentPurpose.PROCESSING), hasValidConsent(ConsentPurpose.PUBLICATION), joinedOn,
                isActiveInProgrammes(), birthDate == null ? null : YearMonth.from(birthDate));
    }

    // ---------------------------------------------------------------- changes

    /**
     * Takes the facts of a validated row (the participant's edit form is validated exactly like an import row);
     * returns whether anything changed. Consent columns are not read here.
     */
    public boolean applyFacts(ParticipantRow row, UUID organization) {
        requireNotAnonymised();
        var before = factsSignature();
        this.organizationId = organization;
        this.naturalKey = row.naturalKeyString();
        this.category = row.category();
        this.surname = row.surname();
        this.name = row.name();
        this.patronymic = row.patronymic();
        this.birthDate = row.birthDate();
        this.birthYear = row.birthDate().getYear();
        this.grade = row.schoolClass() == null ? null : row.schoolClass().grade();
        this.classLetter = row.schoolClass() == null || row.schoolClass().letter().isEmpty() ? null
                : row.schoolClass().letter();
        this.pedagogicalStart = row.pedagogicalStart();
        this.company = row.company();
        this.email = row.email();
        this.phone = row.phone();
        this.mentor = row.role().isMentor();
        this.mentee = row.role().isMentee();
        this.competencies = mentor ? row.mentorCompetencies() : List.of();
        this.capacity = mentor ? row.mentorCapacity() : null;
        this.requests = mentee ? row.menteeRequests() : List.of();
        if (!mentor) {
            this.positiveExperience = false;
            this.competenciesNote = null;
        }
        if (!mentee) {
            this.requestsNote = null;
        }
        return !before.equals(factsSignature());
    }

    /** The mentor's profile; returns whether it changed. */
    public boolean changeMentorProfile(List<String> competencies, String note, Integer capacity,
                                       boolean positiveExperience) {
        requireNotAnonymised();
        if (!mentor) {
            throw new IllegalStateException("not a mentor");
        }
        var before = factsSignature();
        this.competencies = List.copyOf(competencies);
        this.competenciesNote = blankToNull(note);
        this.capacity = capacity;
        this.positiveExperience = positiveExperience;
        return !before.equals(factsSignature());
    }

    public boolean changeMenteeProfile(List<String> requests, String note) {
        requireNotAnonymised();
        if (!mentee) {
            throw new IllegalStateException("not a mentee");
        }
        var before = factsSignature();
        this.requests = List.copyOf(requests);
        this.requestsNote = blankToNull(note);
        return !before.equals(factsSignature());
    }

    public TrainingRecord addTraining(String title, LocalDate completedOn) {
        requireNotAnonymised();
        var record = new TrainingRecord(UUID.randomUUID(), title, completedOn);
        trainings.add(record);
        return record;
    }

    /** Records (or renews) a consent; a processing consent cannot be given again after it was withdrawn. */
    public Consent giveConsent(ConsentPurpose purpose, LocalDate givenOn, boolean byLegalRepresentative,
                               String representativeName) {
        requireNotAnonymised();
        consents.removeIf(c -> c.purpose() == purpose);
        Consent consent = Consent.given(purpose, givenOn, byLegalRepresentative, representativeName);
        consents.add(consent);
        return consent;
    }

    /**
     * Withdraws a consent. Withdrawing the processing consent also anonymises the participant and ends their
     * participation (and the publication consent with it); returns the withdrawn consent.
     */
    public Consent withdrawConsent(ConsentPurpose purpose, LocalDate on) {
        Consent current = consent(purpose).filter(Consent::isValid)
                .orElseThrow(() -> new IllegalStateException("no valid consent for " + purpose));
        replaceConsent(current.withdrawn(on));
        if (purpose == ConsentPurpose.PROCESSING) {
            consent(ConsentPurpose.PUBLICATION).filter(Consent::isValid).ifPresent(p -> replaceConsent(p.withdrawn(on)));
            if (status == ParticipantStatus.ACTIVE) {
                leave(on, "отзыв согласия на обработку персональных данных");
            }
            anonymise(on);
        }
        return consent(purpose).orElseThrow();
    }

    public void leave(LocalDate on, String reason) {
        if (status == ParticipantStatus.LEFT) {
            throw new IllegalStateException("already left");
        }
        status = ParticipantStatus.LEFT;
        leftOn = on;
        leftReason = blankToNull(reason);
    }

    /** Irreversibly erases the identifying fields; see the class comment. */
    public void anonymise(LocalDate on) {
        requireNotAnonymised();
        anonymised = true;
        anonymisedOn = on;
        surname = ANONYMOUS_SURNAME;
        name = "№" + number;
        patronymic = null;
        birthDate = null;
        pedagogicalStart = pedagogicalStart == null ? null : LocalDate.of(pedagogicalStart.getYear(), 1, 1);
        classLetter = null;
        email = null;
        phone = null;
        competenciesNote = null;
        requestsNote = null;
        naturalKey = "anonymised|" + id;
        consents.replaceAll(Consent::withoutRepresentativeName);
    }

    private void replaceConsent(Consent consent) {
        consents.removeIf(c -> c.purpose() == consent.purpose());
        consents.add(consent);
    }

    private void requireNotAnonymised() {
        if (anonymised) {
            throw new IllegalStateException("participant is anonymised");
        }
    }

    private List<Object> factsSignature() {
        return java.util.Arrays.asList(organizationId, category, surname, name, patronymic, birthDate, grade, classLetter,
                pedagogicalStart, company, email, phone, mentor, mentee, competencies, competenciesNote, capacity,
                positiveExperience, requests, requestsNote);
    }

    /** The folded full name the list is sorted and searched by. */
    public String searchKey() {
        return searchKey(surname, name, patronymic);
    }

    public static String searchKey(String surname, String name, String patronymic) {
        return TextNormalization.fold(surname + " " + name + (patronymic == null ? "" : " " + patronymic));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---------------------------------------------------------------- accessors

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public long number() { return number; }
    public UUID organizationId() { return organizationId; }
    public String naturalKey() { return naturalKey; }
    public ParticipantCategory category() { return category; }
    public String surname() { return surname; }
    public String name() { return name; }
    public String patronymic() { return patronymic; }
    public LocalDate birthDate() { return birthDate; }
    public int birthYear() { return birthYear; }
    public Integer grade() { return grade; }
    public String classLetter() { return classLetter; }
    public LocalDate pedagogicalStart() { return pedagogicalStart; }
    public String company() { return company; }
    public String email() { return email; }
    public String phone() { return phone; }
    public boolean mentor() { return mentor; }
    public boolean mentee() { return mentee; }
    public List<String> competencies() { return competencies; }
    public String competenciesNote() { return competenciesNote; }
    public Integer capacity() { return capacity; }
    public boolean positiveExperience() { return positiveExperience; }
    public List<String> requests() { return requests; }
    public String requestsNote() { return requestsNote; }
    public ParticipantStatus status() { return status; }
    public LocalDate joinedOn() { return joinedOn; }
    public LocalDate leftOn() { return leftOn; }
    public String leftReason() { return leftReason; }
    public boolean anonymised() { return anonymised; }
    public LocalDate anonymisedOn() { return anonymisedOn; }
    public List<Consent> consents() { return List.copyOf(consents); }
    public List<TrainingRecord> trainings() { return List.copyOf(trainings); }
    public Integer version() { return version; }

    /** «7Б» or «7» for pupils. */
    public String classLabel() {
        return grade == null ? null : grade + (classLetter == null ? "" : classLetter);
    }
}
