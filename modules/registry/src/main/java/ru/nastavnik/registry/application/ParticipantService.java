package ru.nastavnik.registry.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.ParticipantAccounts;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.ConsentGiven;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.MenteeProfileChanged;
import ru.nastavnik.registry.MentorProfileChanged;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.domain.AuditAction;
import ru.nastavnik.registry.domain.AuditEntry;
import ru.nastavnik.registry.domain.AuditLog;
import ru.nastavnik.registry.domain.Consent;
import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ImportValidation;
import ru.nastavnik.registry.domain.Organization;
import ru.nastavnik.registry.domain.OrganizationRepository;
import ru.nastavnik.registry.domain.Participant;
import ru.nastavnik.registry.domain.ParticipantListItem;
import ru.nastavnik.registry.domain.ParticipantQuery;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.ParticipantStatus;
import ru.nastavnik.registry.domain.ParticipantStore;
import ru.nastavnik.registry.domain.RawRow;
import ru.nastavnik.registry.domain.ResultPage;
import ru.nastavnik.registry.domain.RowError;
import ru.nastavnik.registry.domain.TrainingRecord;
import ru.nastavnik.registry.domain.UpsertOutcome;

/**
 * Participants one by one: list, card (every read is audited), create and edit (validated like an import row),
 * profiles, training, consent and leaving. Every change is audited and published as the registry's events.
 */
@Service
public class ParticipantService {

    private final ParticipantStore store;
    private final OrganizationRepository organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final RegistryAccess access;
    private final ParticipantAccounts accounts;

    ParticipantService(ParticipantStore store, OrganizationRepository organizations, AuditLog audit,
                       ApplicationEventPublisher events, RegistryAccess access, ParticipantAccounts accounts) {
        this.accounts = accounts;
        this.store = store;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public ResultPage<ParticipantListItem> list(ParticipantQuery query) {
        var scope = access.scope();
        if (scope.isPresent()) {
            if (query.organizationId() != null && !query.organizationId().equals(scope.get())) {
                access.requireOrganization(query.organizationId());
            }
            query = query.withOrganization(scope.get());
        }
        return store.list(query);
    }

    /** The participant's card; the read is written to the audit log. */
    @Transactional
    public Participant card(UUID id) {
        Participant p = visible(id);
        audit.record(AuditEntry.of(access.actor(), AuditAction.CARD_READ, id, null));
        return p;
    }

    /** Without an audit entry: for the edit form that follows a read of the card. */
    @Transactional(readOnly = true)
    public Participant forEdit(UUID id) {
        return visible(id);
    }

    /**
     * The signed-in participant's own record (for a legal representative: the minor's). No id is taken from the
     * request; the participant policies of row-level security show nothing else anyway (decision 0010).
     */
    @Transactional(readOnly = true)
    public Own own() {
        UUID id = access.ownParticipant();
        Participant p = store.find(id).orElseThrow(() -> new NotFoundProblem("Ваши сведения не найдены в реестре"));
        return new Own(p, organizations.findById(p.organizationId()).orElseThrow(), access.user().representative());
    }

    /** The participant's own record with their organisation; whether the account is their legal representative's. */
    public record Own(Participant participant, Organization organization, boolean representative) {
    }

    private Participant visible(UUID id) {
        Participant p = store.find(id).orElseThrow(() -> new NotFoundProblem("Участник не найден"));
        access.requireOrganization(p.organizationId());
        return p;
    }

    // ---------------------------------------------------------------- create and edit

    @Transactional
    public Participant create(ParticipantForm form) {
        LocalDate today = access.today();
        Organization org = organisation(form);
        ParticipantRow row = validate(form, org, today);
        if (store.naturalKeyTaken(row.naturalKeyString(), null)) {
            throw BusinessRuleProblem.conflict("surname", "Участник «" + row.fullName() + "» с датой рождения "
                    + ParticipantForm.ru(row.birthDate()) + " уже есть в реестре организации «" + org.shortName() + "»");
        }
        UpsertOutcome outcome = store.upsert(List.of(row), null, today, access.actor());
        Participant p = store.find(outcome.created().get(0)).orElseThrow();
        // the snapshot says whether consent to processing is on record, as an import's does: no ConsentGiven follows
        // (it was a fourth event publication per registration, with its own listener transaction, for nothing new)
        events.publishEvent(new ParticipantRegistered(access.tenant(), p.snapshot(today)));
        return p;
    }

    @Transactional
    public Participant update(UUID id, ParticipantForm form) {
        LocalDate today = access.today();
        Participant p = visible(id);
        requireNotAnonymised(p);
        Organization org = organisation(form);
        ParticipantRow row = validate(form, org, today);
        if (store.naturalKeyTaken(row.naturalKeyString(), id)) {
            throw BusinessRuleProblem.conflict("surname", "В организации «" + org.shortName() + "» уже есть участник «"
                    + row.fullName() + "» с той же датой рождения");
        }
        List<String> competenciesBefore = p.competencies();
        Integer capacityBefore = p.capacity();
        List<String> requestsBefore = p.requests();
        int trainingsBefore = p.trainings().size();
        boolean changed = p.applyFacts(row, org.id());
        if (p.mentor() && row.mentorTrainingDate() != null
                && p.trainings().stream().noneMatch(t -> t.completedOn().equals(row.mentorTrainingDate()))) {
            p.addTraining(TrainingRecord.IMPORTED_TITLE, row.mentorTrainingDate());
        }
        Consent consentBefore = p.consent(ConsentPurpose.PROCESSING).orElse(null);
        boolean consentChanged = consentBefore == null || !consentBefore.givenOn().equals(row.consentDate())
                || consentBefore.byLegalRepresentative() != (row.consentGiver() == ru.nastavnik.registry.domain.ConsentGiver.LEGAL_REPRESENTATIVE)
                || !java.util.Objects.equals(consentBefore.representativeName(), row.legalRepresentative());
        if (consentChanged) {
            p.giveConsent(ConsentPurpose.PROCESSING, row.consentDate(),
                    row.consentGiver() == ru.nastavnik.registry.domain.ConsentGiver.LEGAL_REPRESENTATIVE,
                    row.legalRepresentative());
        }
        boolean trainingChanged = p.trainings().size() != trainingsBefore;
        if (!changed && !consentChanged && !trainingChanged) {
            return p;
        }
        store.update(p);
        audit.record(AuditEntry.of(access.actor(), AuditAction.CHANGED, id, "изменены сведения участника"));
        TenantId tenant = access.tenant();
        if (p.mentor() && (!p.competencies().equals(competenciesBefore) || !java.util.Objects.equals(p.capacity(), capacityBefore)
                || trainingChanged)) {
            publishMentorProfile(p);
        }
        if (p.mentee() && !p.requests().equals(requestsBefore)) {
            events.publishEvent(new MenteeProfileChanged(tenant, id, new java.util.LinkedHashSet<>(p.requests())));
        }
        if (consentChanged) {
            Consent c = p.consent(ConsentPurpose.PROCESSING).orElseThrow();
            events.publishEvent(new ConsentGiven(tenant, id, c.purpose(), c.givenOn(), c.byLegalRepresentative()));
        }
        events.publishEvent(new ParticipantChanged(tenant, p.snapshot(today)));
        return p;
    }

    private Organization organisation(ParticipantForm form) {
        UUID orgId;
        try {
            orgId = UUID.fromString(form.organizationId() == null ? "" : form.organizationId().trim());
        } catch (IllegalArgumentException e) {
            throw BusinessRuleProblem.invalid("organizationId", "Выберите образовательную организацию");
        }
        Organization org = organizations.findById(orgId)
                .orElseThrow(() -> BusinessRuleProblem.invalid("organizationId", "Образовательная организация не найдена"));
        access.requireOrganization(org.id());
        return org;
    }

    /** Validates the form as one row of an import file (same rules); errors come back by form field. */
    private ParticipantRow validate(ParticipantForm form, Organization org, LocalDate today) {
        ImportValidation validation = new ImportValidation(
                ru.nastavnik.registry.domain.OrganisationDirectory.of(List.of(org.ref())), today);
        validation.accept(new RawRow(1, ImportColumn.headers()));
        validation.accept(new RawRow(2, form.cells(org.shortName())));
        ImportResult result = validation.finish();
        if (result instanceof ImportResult.Accepted ok) {
            return ok.rows().get(0);
        }
        List<FieldError> errors = new ArrayList<>();
        for (RowError e : ((ImportResult.Rejected) result).report().errors()) {
            String field = e.column() == null ? "form"
                    : ImportColumn.match(e.column()).map(ParticipantForm.FIELDS::get).orElse("form");
            errors.add(new FieldError(field, capitalise(e.message())));
        }
        throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте сведения участника", errors);
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------- profiles and training

    @Transactional
    public Participant changeMentorProfile(UUID id, List<String> competencies, String note, Integer capacity,
                                           boolean positiveExperience) {
        Participant p = visible(id);
        requireNotAnonymised(p);
        if (!p.mentor()) {
            throw BusinessRuleProblem.invalid("role", "Участник не наставник: сначала укажите роль «наставник»");
        }
        List<String> items = cleanList(competencies);
        var errors = new ArrayList<FieldError>();
        if (items.isEmpty()) {
            errors.add(new FieldError("competencies", "Укажите хотя бы одну компетенцию наставника"));
        }
        if (capacity == null || capacity < 1 || capacity > 10) {
            errors.add(new FieldError("capacity", "Сколько наставляемых может вести: целое число от 1 до 10"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте профиль наставника", errors);
        }
        if (p.changeMentorProfile(items, note, capacity, positiveExperience)) {
            store.update(p);
            audit.record(AuditEntry.of(access.actor(), AuditAction.CHANGED, id, "профиль наставника"));
            publishMentorProfile(p);
            events.publishEvent(new ParticipantChanged(access.tenant(), p.snapshot(access.today())));
        }
        return p;
    }

    @Transactional
    public Participant changeMenteeProfile(UUID id, List<String> requests, String note) {
        Participant p = visible(id);
        requireNotAnonymised(p);
        if (!p.mentee()) {
            throw BusinessRuleProblem.invalid("role", "Участник не наставляемый: сначала укажите роль «наставляемый»");
        }
        List<String> items = cleanList(requests);
        if (items.isEmpty()) {
            throw BusinessRuleProblem.invalid("requests", "Укажите хотя бы один запрос или затруднение наставляемого");
        }
        if (p.changeMenteeProfile(items, note)) {
            store.update(p);
            audit.record(AuditEntry.of(access.actor(), AuditAction.CHANGED, id, "профиль наставляемого"));
            events.publishEvent(new MenteeProfileChanged(access.tenant(), id, new java.util.LinkedHashSet<>(items)));
            events.publishEvent(new ParticipantChanged(access.tenant(), p.snapshot(access.today())));
        }
        return p;
    }

    @Transactional
    public Participant addTraining(UUID id, String title, LocalDate completedOn) {
        Participant p = visible(id);
        requireNotAnonymised(p);
        var errors = new ArrayList<FieldError>();
        if (!p.mentor()) {
            errors.add(new FieldError("title", "Обучение наставников записывается только наставникам"));
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            errors.add(new FieldError("title", "Укажите название программы обучения (до 300 символов)"));
        }
        if (completedOn == null) {
            errors.add(new FieldError("completedOn", "Укажите дату окончания обучения"));
        } else if (completedOn.isAfter(access.today())) {
            errors.add(new FieldError("completedOn", "Дата окончания обучения не может быть в будущем"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте сведения об обучении", errors);
        }
        p.addTraining(title.trim(), completedOn);
        store.update(p);
        audit.record(AuditEntry.of(access.actor(), AuditAction.CHANGED, id, "обучение: " + title.trim()));
        publishMentorProfile(p);
        events.publishEvent(new ParticipantChanged(access.tenant(), p.snapshot(access.today())));
        return p;
    }

    private void publishMentorProfile(Participant p) {
        events.publishEvent(new MentorProfileChanged(access.tenant(), p.id(), new java.util.LinkedHashSet<>(p.competencies()),
                p.capacity(), !p.trainings().isEmpty(), p.lastTrainingDate().orElse(null), p.positiveExperience()));
    }

    private static List<String> cleanList(List<String> items) {
        if (items == null) {
            return List.of();
        }
        var seen = new java.util.LinkedHashMap<String, String>();
        for (String item : items) {
            if (item == null) {
                continue;
            }
            for (String part : item.split("[,;\\n\\r]")) {
                String t = ru.nastavnik.registry.domain.TextNormalization.clean(part);
                if (!t.isEmpty()) {
                    seen.putIfAbsent(ru.nastavnik.registry.domain.TextNormalization.fold(t), t);
                }
            }
        }
        return List.copyOf(seen.values());
    }

    // ---------------------------------------------------------------- consent and leaving

    @Transactional
    public Participant giveConsent(UUID id, ConsentPurpose purpose, LocalDate givenOn, boolean byLegalRepresentative,
                                   String representativeName) {
        Participant p = visible(id);
        requireNotAnonymised(p);
        var errors = new ArrayList<FieldError>();
        if (purpose == null) {
            errors.add(new FieldError("purpose", "Укажите цель согласия"));
        }
        if (givenOn == null) {
            errors.add(new FieldError("givenOn", "Укажите дату согласия"));
        } else if (givenOn.isAfter(access.today())) {
            errors.add(new FieldError("givenOn", "Дата согласия не может быть в будущем"));
        } else if (p.birthDate() != null && givenOn.isBefore(p.birthDate())) {
            errors.add(new FieldError("givenOn", "Дата согласия раньше даты рождения"));
        } else if (!byLegalRepresentative && p.birthDate() != null
                && Period.between(p.birthDate(), givenOn).getYears() < 14) {
            errors.add(new FieldError("byLegalRepresentative", "На дату согласия участнику было "
                    + Period.between(p.birthDate(), givenOn).getYears()
                    + " — до 14 лет согласие даёт только законный представитель"));
        }
        if (byLegalRepresentative && (representativeName == null || representativeName.isBlank())) {
            errors.add(new FieldError("representativeName", "Укажите ФИО законного представителя"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте сведения о согласии", errors);
        }
        Consent c = p.giveConsent(purpose, givenOn, byLegalRepresentative,
                representativeName == null ? null : representativeName.trim());
        store.update(p);
        audit.record(AuditEntry.of(access.actor(), AuditAction.CONSENT_GIVEN, id, purpose.title()));
        events.publishEvent(new ConsentGiven(access.tenant(), id, purpose, c.givenOn(), c.byLegalRepresentative()));
        events.publishEvent(new ParticipantChanged(access.tenant(), p.snapshot(access.today())));
        return p;
    }

    /**
     * Withdraws a consent. For processing this anonymises the participant (irreversible), ends participation and
     * withdraws the publication consent too.
     */
    @Transactional
    public Participant withdrawConsent(UUID id, ConsentPurpose purpose, LocalDate on) {
        return withdraw(visible(id), purpose, on, null);
    }

    /**
     * The signed-in participant (or the legal representative acting for a minor) withdraws their own consent, today;
     * the same consequences follow as when staff record the withdrawal.
     */
    @Transactional
    public Own withdrawOwnConsent(ConsentPurpose purpose) {
        Own own = own();
        Participant p = withdraw(own.participant(), purpose, null, own.representative()
                ? "отозвано законным представителем в личном кабинете" : "отозвано участником в личном кабинете");
        return new Own(p, own.organization(), own.representative());
    }

    private Participant withdraw(Participant p, ConsentPurpose purpose, LocalDate on, String how) {
        UUID id = p.id();
        LocalDate date = on == null ? access.today() : on;
        if (purpose == null) {
            throw BusinessRuleProblem.invalid("purpose", "Укажите цель согласия");
        }
        if (!p.hasValidConsent(purpose)) {
            throw BusinessRuleProblem.conflict("purpose", "Действующего согласия («" + purpose.title() + "») нет");
        }
        requireWithinParticipation(p, date, "withdrawnOn", "Дата отзыва согласия");
        LocalDate givenOn = p.consent(purpose).orElseThrow().givenOn();
        if (date.isBefore(givenOn)) {
            throw BusinessRuleProblem.invalid("withdrawnOn", "Дата отзыва согласия не может быть раньше даты самого "
                    + "согласия (" + ParticipantForm.ru(givenOn) + ")");
        }
        boolean publication = p.hasValidConsent(ConsentPurpose.PUBLICATION);
        boolean wasActive = p.status() == ParticipantStatus.ACTIVE;
        p.withdrawConsent(purpose, date);
        store.update(p);
        TenantId tenant = access.tenant();
        var actor = access.actor();
        audit.record(AuditEntry.of(actor, AuditAction.CONSENT_WITHDRAWN, id,
                how == null ? purpose.title() : purpose.title() + ": " + how));
        events.publishEvent(new ConsentWithdrawn(tenant, id, purpose, date));
        if (purpose == ConsentPurpose.PROCESSING) {
            if (publication) {
                events.publishEvent(new ConsentWithdrawn(tenant, id, ConsentPurpose.PUBLICATION, date));
            }
            if (wasActive) {
                events.publishEvent(new ParticipantLeft(tenant, id, p.organizationId(), date, p.leftReason()));
            }
            audit.record(AuditEntry.of(actor, AuditAction.ANONYMISED, id,
                    "обезличен после отзыва согласия на обработку персональных данных"));
            if (accounts.disable(tenant, id)) {
                audit.record(AuditEntry.of(actor, AuditAction.ACCOUNT_DISABLED, id,
                        "личный кабинет закрыт: участник обезличен"));
            }
        }
        ParticipantSnapshot snapshot = p.snapshot(access.today());
        if (purpose == ConsentPurpose.PROCESSING) {
            events.publishEvent(new ParticipantAnonymised(tenant, id, snapshot));
        }
        events.publishEvent(new ParticipantChanged(tenant, snapshot));
        return p;
    }

    @Transactional
    public Participant leave(UUID id, LocalDate on, String reason) {
        Participant p = visible(id);
        if (p.status() == ParticipantStatus.LEFT) {
            throw BusinessRuleProblem.conflict("status", "Участник уже выбыл " + ParticipantForm.ru(p.leftOn()));
        }
        LocalDate date = on == null ? access.today() : on;
        requireWithinParticipation(p, date, "leftOn", "Дата выбытия");
        p.leave(date, reason);
        store.update(p);
        audit.record(AuditEntry.of(access.actor(), AuditAction.LEFT, id, reason));
        events.publishEvent(new ParticipantLeft(access.tenant(), id, p.organizationId(), date, p.leftReason()));
        events.publishEvent(new ParticipantChanged(access.tenant(), p.snapshot(access.today())));
        return p;
    }

    /**
     * The one date rule of every end of participation — leaving, and withdrawing a consent (which, for the consent to
     * processing, records the leaving on that date): not before the participant's enrolment in the register, not in
     * the future.
     */
    private void requireWithinParticipation(Participant p, LocalDate date, String field, String what) {
        if (date.isAfter(access.today()) || date.isBefore(p.joinedOn())) {
            throw BusinessRuleProblem.invalid(field, what + " должна быть не раньше даты включения в реестр ("
                    + ParticipantForm.ru(p.joinedOn()) + ") и не позже сегодняшней");
        }
    }

    private static void requireNotAnonymised(Participant p) {
        if (p.anonymised()) {
            throw BusinessRuleProblem.conflict("anonymised", "Участник обезличен после отзыва согласия на обработку "
                    + "персональных данных: его сведения больше не изменяются");
        }
    }

    @Transactional(readOnly = true)
    public java.util.Map<String, Long> counts() {
        return store.counts(access.scope().orElse(null));
    }

    /** Audit of one participant or the whole tenant: coordinators only. */
    @Transactional(readOnly = true)
    public ResultPage<ru.nastavnik.registry.domain.AuditEntry> auditLog(UUID participantId, int page, int size) {
        if (!access.user().isCoordinator()) {
            throw new AccessDeniedProblem("Журнал аудита доступен только муниципальному координатору");
        }
        return audit.page(participantId, Math.max(0, page), Math.min(Math.max(1, size), 200));
    }
}
