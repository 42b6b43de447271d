package ru.nastavnik.registry.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.domain.Actor;

/**
 * Role-within-tenant rules of the registry (the platform has already checked the tenant): a coordinator may do
 * everything in the tenant, a school curator only with their own organisation.
 */
@Component
public class RegistryAccess {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final CurrentUsers users;

    RegistryAccess(CurrentUsers users) {
        this.users = users;
    }

    public CurrentUser user() {
        return users.require();
    }

    public Actor actor() {
        CurrentUser u = user();
        return new Actor(u.accountId(), u.username());
    }

    public TenantId tenant() {
        return TenantContext.require();
    }

    public LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * The organisation a school curator is limited to; empty for a coordinator. A participant account is no staff
     * and is refused here, so that no staff use case serves it even if a path let it through.
     */
    public Optional<UUID> scope() {
        CurrentUser u = user();
        if (u.isParticipant()) {
            throw new AccessDeniedProblem("Участнику доступны только его собственные сведения");
        }
        if (u.isSchoolCurator()) {
            return Optional.of(u.organizationScope().orElseThrow(
                    () -> new AccessDeniedProblem("Учётная запись куратора не привязана к образовательной организации")));
        }
        return Optional.empty();
    }

    /** The participant the signed-in participant account is bound to; 403 for everybody else. */
    public UUID ownParticipant() {
        return user().participantScope().orElseThrow(
                () -> new AccessDeniedProblem("Раздел «Мои данные» — только для участников программ наставничества"));
    }

    public void requireCoordinator(String action) {
        if (!user().isCoordinator()) {
            throw new AccessDeniedProblem(action + " доступно только муниципальному координатору");
        }
    }

    public void requireOrganization(UUID organizationId) {
        scope().filter(own -> !own.equals(organizationId)).ifPresent(own -> {
            throw new AccessDeniedProblem("Куратор видит и изменяет только сведения своей образовательной организации");
        });
    }
}
