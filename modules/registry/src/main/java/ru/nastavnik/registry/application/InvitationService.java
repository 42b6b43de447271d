package ru.nastavnik.registry.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.ParticipantAccounts;
import ru.nastavnik.platform.ParticipantAccounts.NewParticipantAccount;
import ru.nastavnik.platform.ParticipantAccounts.ParticipantAccount;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.domain.Actor;
import ru.nastavnik.registry.domain.AuditAction;
import ru.nastavnik.registry.domain.AuditEntry;
import ru.nastavnik.registry.domain.AuditLog;
import ru.nastavnik.registry.domain.Invitation;
import ru.nastavnik.registry.domain.InvitationStore;
import ru.nastavnik.registry.domain.InvitationToken;
import ru.nastavnik.registry.domain.Participant;
import ru.nastavnik.registry.domain.ParticipantStore;

/**
 * Invitations of participants to their own account (decision 0010). A school curator (own organisation) or the
 * coordinator invites a registered adult participant, or the legal representative of a minor one; the person opens
 * the one-time link, chooses a username and a password, and the account is bound to exactly that participant.
 * Every step is in the audit log.
 */
@Service
public class InvitationService {

    private static final ru.nastavnik.platform.web.RussianFormats FMT = new ru.nastavnik.platform.web.RussianFormats();

    /** Validity of a new invitation unless the inviter chooses otherwise (1–30 days). */
    public static final int DEFAULT_DAYS = 7;

    /** Age from which a participant may have their own account; younger ones are represented. */
    public static final int ADULT_AGE = 18;

    /** Age under which a participant never has an account of their own (152-ФЗ consent by the representative). */
    public static final int CONSENT_AGE = 14;

    private final InvitationStore invitations;
    private final ParticipantStore participants;
    private final ParticipantAccounts accounts;
    private final AuditLog audit;
    private final RegistryAccess access;
    private final ParticipantService participantService;
    private final Clock clock;

    InvitationService(InvitationStore invitations, ParticipantStore participants, ParticipantAccounts accounts,
                      AuditLog audit, RegistryAccess access, ParticipantService participantService) {
        this.invitations = invitations;
        this.participants = participants;
        this.accounts = accounts;
        this.audit = audit;
        this.access = access;
        this.participantService = participantService;
        this.clock = Clock.systemUTC();
    }

    /** What the inviter asks for: the participant themself or their legal representative, and for how many days. */
    public record InviteRequest(Boolean representative, String representativeName, Integer days) {
    }

    /** A new invitation with its token: shown once, never stored (only its hash is). */
    public record Issued(Invitation invitation, String token) {

        public String path(String tenantSlug) {
            return "/join/" + tenantSlug + "/" + token;
        }
    }

    /** The invitations of a participant and their account, for the staff card. */
    public record AccessOverview(List<Invitation> invitations, Optional<ParticipantAccount> account, boolean mayInvite,
                                 boolean minor, int age, String representativeName) {
    }

    // ---------------------------------------------------------------- staff

    @Transactional
    public Issued invite(UUID participantId, InviteRequest request) {
        Participant p = participantService.forEdit(participantId);
        LocalDate today = access.today();
        var errors = new ArrayList<FieldError>();
        if (p.anonymised()) {
            throw BusinessRuleProblem.conflict("participantId",
                    "Участник обезличен после отзыва согласия: пригласить его нельзя");
        }
        if (!p.isActiveInProgrammes()) {
            throw BusinessRuleProblem.conflict("participantId", "Пригласить можно только активного участника с "
                    + "действующим согласием на обработку персональных данных");
        }
        if (accounts.of(access.tenant(), participantId).isPresent()) {
            throw BusinessRuleProblem.conflict("participantId",
                    "У участника уже есть учётная запись. Чтобы выдать новое приглашение, сначала отключите её");
        }
        boolean representative = Boolean.TRUE.equals(request.representative());
        int age = p.ageOn(today);
        String inviteeName;
        if (representative) {
            if (age >= ADULT_AGE) {
                errors.add(new FieldError("representative", "Участнику " + age + " " + years(age)
                        + ": он совершеннолетний, приглашается сам, а не законный представитель"));
            }
            String name = request.representativeName() == null || request.representativeName().isBlank()
                    ? p.consent(ConsentPurpose.PROCESSING).map(c -> c.representativeName()).orElse(null)
                    : request.representativeName().trim();
            if (name == null || name.isBlank()) {
                errors.add(new FieldError("representativeName", "Укажите ФИО законного представителя"));
            } else if (name.length() > 300) {
                errors.add(new FieldError("representativeName", "ФИО законного представителя — не длиннее 300 символов"));
            }
            inviteeName = name;
        } else {
            if (age < CONSENT_AGE) {
                errors.add(new FieldError("representative", "Участнику " + age + " " + years(age) + ": до "
                        + CONSENT_AGE + " лет учётной записи у участника не бывает — пригласите законного представителя"));
            } else if (age < ADULT_AGE) {
                errors.add(new FieldError("representative", "Участнику " + age + " " + years(age)
                        + ": лично приглашаются только совершеннолетние — пригласите законного представителя"));
            }
            inviteeName = p.fullName();
        }
        int days = request.days() == null ? DEFAULT_DAYS : request.days();
        if (days < 1 || days > 30) {
            errors.add(new FieldError("days", "Срок действия приглашения — от 1 до 30 дней"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Приглашение не создано", errors);
        }
        Instant now = clock.instant();
        Actor actor = access.actor();
        if (invitations.revokePending(participantId, actor.username(), now) > 0) {
            audit.record(AuditEntry.of(actor, AuditAction.INVITATION_REVOKED, participantId,
                    "прежнее приглашение заменено новым"));
        }
        String token = InvitationToken.generate();
        Invitation invitation = Invitation.issue(participantId, representative, inviteeName, InvitationToken.hash(token),
                now, actor.username(), now.plus(Duration.ofDays(days)));
        invitations.add(invitation);
        audit.record(AuditEntry.of(actor, AuditAction.INVITED, participantId, (representative
                ? "законный представитель" : "сам участник") + ", действует до " + FMT.dateTime(invitation.expiresAt())));
        return new Issued(invitation, token);
    }

    @Transactional(readOnly = true)
    public AccessOverview overview(UUID participantId) {
        Participant p = participantService.forEdit(participantId);
        int age = p.anonymised() ? 0 : p.ageOn(access.today());
        return new AccessOverview(invitations.ofParticipant(participantId), accounts.of(access.tenant(), participantId),
                !p.anonymised() && p.isActiveInProgrammes(), age < ADULT_AGE,
                age, p.consent(ConsentPurpose.PROCESSING).map(c -> c.representativeName()).orElse(null));
    }

    @Transactional
    public Invitation revoke(UUID invitationId) {
        Invitation i = invitations.find(invitationId).orElseThrow(() -> new NotFoundProblem("Приглашение не найдено"));
        participantService.forEdit(i.participantId());
        Actor actor = access.actor();
        if (!invitations.revoke(invitationId, actor.username(), clock.instant())) {
            throw BusinessRuleProblem.conflict("invitation", "Приглашение уже не действует: "
                    + i.statusAt(clock.instant()).title());
        }
        audit.record(AuditEntry.of(actor, AuditAction.INVITATION_REVOKED, i.participantId(), "отозвано куратором"));
        return invitations.find(invitationId).orElseThrow();
    }

    /** Closes the participant's access (their account is disabled; a new invitation can then be issued). */
    @Transactional
    public void disableAccount(UUID participantId) {
        participantService.forEdit(participantId);
        if (!accounts.disable(access.tenant(), participantId)) {
            throw BusinessRuleProblem.conflict("account", "У участника нет действующей учётной записи");
        }
        audit.record(AuditEntry.of(access.actor(), AuditAction.ACCOUNT_DISABLED, participantId, "отключена куратором"));
    }

    // ---------------------------------------------------------------- the invited person (no sign-in: the token)

    /** What the invitation page shows before the password is set: who is invited, until when. */
    public record Pending(UUID invitationId, String inviteeName, boolean representative, String participantName,
                          Instant expiresAt) {
    }

    /** The pending invitation of the token, or a specific Russian refusal (unknown, used, expired, revoked). */
    @Transactional(readOnly = true)
    public Pending pending(String token) {
        Invitation i = usable(token);
        Participant p = participants.find(i.participantId()).orElseThrow(() -> unusable("Приглашение недействительно"));
        return new Pending(i.id(), i.inviteeName(), i.representative(), p.name(), i.expiresAt());
    }

    /** The person sets their username and password: the account is created and bound, the invitation used. */
    @Transactional
    public ParticipantAccount accept(String token, String username, String password, String passwordRepeat) {
        Invitation i = usable(token);
        Participant p = participants.find(i.participantId()).orElseThrow(() -> unusable("Приглашение недействительно"));
        if (p.anonymised() || !p.isActiveInProgrammes()) {
            throw unusable("Приглашение больше не действует: участник не участвует в программах. Обратитесь к куратору");
        }
        ParticipantAccount account = accounts.create(new NewParticipantAccount(TenantContext.require(), p.id(),
                i.representative(), username, password, passwordRepeat, i.inviteeName()));
        if (!invitations.use(i.id(), account.accountId(), clock.instant())) {
            // another request used it meanwhile: this transaction (and the account it made) is rolled back
            throw unusable("Эта ссылка-приглашение уже использована. Войдите со своим именем пользователя и паролем");
        }
        audit.record(AuditEntry.of(new Actor(account.accountId(), account.username()), AuditAction.ACCOUNT_CREATED,
                p.id(), i.representative() ? "законный представитель задал пароль по приглашению"
                        : "участник задал пароль по приглашению"));
        return account;
    }

    private Invitation usable(String token) {
        if (!InvitationToken.wellFormed(token)) {
            throw new NotFoundProblem("Ссылка-приглашение не найдена: проверьте, что она скопирована целиком");
        }
        Invitation i = invitations.byTokenHash(InvitationToken.hash(token))
                .orElseThrow(() -> new NotFoundProblem("Ссылка-приглашение не найдена: проверьте, что она скопирована целиком"));
        return switch (i.statusAt(clock.instant())) {
            case PENDING -> i;
            case USED -> throw unusable("Эта ссылка-приглашение уже использована. Войдите со своим именем пользователя и паролем");
            case EXPIRED -> throw unusable("Срок действия приглашения истёк " + FMT.dateTime(i.expiresAt())
                    + ". Попросите куратора выдать новое");
            case REVOKED -> throw unusable("Приглашение отозвано куратором. Если это ошибка, попросите выдать новое");
        };
    }

    private static BusinessRuleProblem unusable(String message) {
        return BusinessRuleProblem.conflict("token", message);
    }

    static String years(int n) {
        int mod10 = n % 10;
        int mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "год";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return "года";
        }
        return "лет";
    }
}
