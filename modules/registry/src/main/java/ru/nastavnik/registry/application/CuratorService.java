package ru.nastavnik.registry.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.tenancy.Account;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.registry.CuratorAppointed;
import ru.nastavnik.registry.domain.Curator;
import ru.nastavnik.registry.domain.CuratorKind;
import ru.nastavnik.registry.domain.CuratorRepository;
import ru.nastavnik.registry.domain.OrganizationRepository;

/**
 * School curators and the municipal base of curators, each with the order that appointed them. A coordinator may give
 * a school curator a sign-in account limited to that curator's organisation.
 */
@Service
public class CuratorService {

    private final CuratorRepository curators;
    private final OrganizationRepository organizations;
    private final TenancyService tenancy;
    private final ApplicationEventPublisher events;
    private final RegistryAccess access;

    CuratorService(CuratorRepository curators, OrganizationRepository organizations, TenancyService tenancy,
                   ApplicationEventPublisher events, RegistryAccess access) {
        this.curators = curators;
        this.organizations = organizations;
        this.tenancy = tenancy;
        this.events = events;
        this.access = access;
    }

    public record AppointCommand(CuratorKind kind, UUID organizationId, String fullName, String position, String email,
                                 String phone, String orderNumber, LocalDate orderDate) {
    }

    @Transactional(readOnly = true)
    public List<Curator> list() {
        var scope = access.scope();
        return curators.findAllByOrderByKindAscFullNameAsc().stream()
                .filter(c -> scope.isEmpty() || scope.get().equals(c.organizationId())).toList();
    }

    @Transactional
    public Curator appoint(AppointCommand c) {
        access.requireCoordinator("Назначение куратора");
        var errors = new ArrayList<FieldError>();
        if (c.kind() == null) {
            errors.add(new FieldError("kind", "Укажите, кто назначается: куратор ОО или муниципальный куратор"));
        } else if (c.kind() == CuratorKind.SCHOOL) {
            if (c.organizationId() == null || organizations.findById(c.organizationId()).isEmpty()) {
                errors.add(new FieldError("organizationId", "Выберите образовательную организацию куратора"));
            }
        }
        if (c.fullName() == null || c.fullName().isBlank() || c.fullName().length() > 300) {
            errors.add(new FieldError("fullName", "Укажите ФИО куратора (до 300 символов)"));
        }
        if (c.orderNumber() == null || c.orderNumber().isBlank() || c.orderNumber().length() > 50) {
            errors.add(new FieldError("orderNumber", "Укажите номер приказа о назначении"));
        }
        if (c.orderDate() == null) {
            errors.add(new FieldError("orderDate", "Укажите дату приказа о назначении"));
        } else if (c.orderDate().isAfter(access.today())) {
            errors.add(new FieldError("orderDate", "Дата приказа не может быть в будущем"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте сведения о кураторе", errors);
        }
        Curator curator = new Curator(UUID.randomUUID(), access.tenant().value(), c.kind(),
                c.kind() == CuratorKind.SCHOOL ? c.organizationId() : null, c.fullName().trim(), blank(c.position()),
                blank(c.email()), blank(c.phone()), c.orderNumber().trim(), c.orderDate(), null, null);
        curators.save(curator);
        if (curator.kind() == CuratorKind.SCHOOL) {
            events.publishEvent(new CuratorAppointed(access.tenant(), curator.organizationId(), null, curator.fullName(),
                    curator.orderNumber(), curator.orderDate()));
        }
        return curator;
    }

    /** Creates the school curator's sign-in account (role «куратор ОО», limited to the curator's organisation). */
    @Transactional
    public Account createAccount(UUID curatorId, String username, String password) {
        access.requireCoordinator("Создание учётной записи куратора");
        Curator curator = curators.findById(curatorId).orElseThrow(() -> new NotFoundProblem("Куратор не найден"));
        if (curator.kind() != CuratorKind.SCHOOL) {
            throw BusinessRuleProblem.invalid("kind", "Учётная запись создаётся только куратору образовательной организации");
        }
        if (curator.accountId() != null) {
            throw BusinessRuleProblem.conflict("username", "У куратора уже есть учётная запись");
        }
        Account account = tenancy.createAccount(new TenancyService.NewAccount(username, password, curator.fullName(),
                Role.SCHOOL_CURATOR, access.tenant(), null, curator.organizationId()));
        curator.linkAccount(account.id());
        curators.save(curator);
        events.publishEvent(new CuratorAppointed(access.tenant(), curator.organizationId(), account.id(),
                curator.fullName(), curator.orderNumber(), curator.orderDate()));
        return account;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
