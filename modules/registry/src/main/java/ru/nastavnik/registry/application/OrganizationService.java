package ru.nastavnik.registry.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.registry.ContingentReported;
import ru.nastavnik.registry.OrganizationChanged;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.domain.Contingent;
import ru.nastavnik.registry.domain.ContingentRepository;
import ru.nastavnik.registry.domain.OrganisationDirectory;
import ru.nastavnik.registry.domain.OrganisationRef;
import ru.nastavnik.registry.domain.Organization;
import ru.nastavnik.registry.domain.OrganizationKind;
import ru.nastavnik.registry.domain.OrganizationRepository;

/** Organisations of the tenant and their contingent by school year. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final ContingentRepository contingents;
    private final ApplicationEventPublisher events;
    private final RegistryAccess access;

    OrganizationService(OrganizationRepository organizations, ContingentRepository contingents,
                        ApplicationEventPublisher events, RegistryAccess access) {
        this.organizations = organizations;
        this.contingents = contingents;
        this.events = events;
        this.access = access;
    }

    public record OrganizationCommand(String name, String shortName, OrganizationKind kind) {
    }

    /** The organisations the user may see: all for a coordinator, their own for a school curator. */
    @Transactional(readOnly = true)
    public List<Organization> list() {
        Optional<UUID> scope = access.scope();
        return organizations.findAllByOrderByShortName().stream()
                .filter(o -> scope.map(own -> own.equals(o.id())).orElse(true)).toList();
    }

    @Transactional(readOnly = true)
    public Organization get(UUID id) {
        Organization o = organizations.findById(id)
                .orElseThrow(() -> new NotFoundProblem("Образовательная организация не найдена"));
        access.requireOrganization(o.id());
        return o;
    }

    @Transactional
    public Organization register(OrganizationCommand command) {
        access.requireCoordinator("Добавление образовательной организации");
        Organization o = Organization.register(access.tenant().value(), require(command).name(), command.shortName(),
                command.kind());
        requireUniqueShortName(o.shortNameKey(), null, command.shortName());
        organizations.save(o);
        events.publishEvent(new OrganizationRegistered(access.tenant(), o.id(), o.name(), o.shortName(), o.kind().name()));
        return o;
    }

    @Transactional
    public Organization change(UUID id, OrganizationCommand command) {
        Organization o = get(id);
        require(command);
        requireUniqueShortName(OrganisationDirectory.normaliseName(command.shortName()), id, command.shortName());
        if (o.rename(command.name(), command.shortName(), command.kind())) {
            organizations.save(o);
            events.publishEvent(new OrganizationChanged(access.tenant(), o.id(), o.name(), o.shortName(), o.kind().name()));
        }
        return o;
    }

    private void requireUniqueShortName(String key, UUID except, String shortName) {
        organizations.findByShortNameKey(key).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw BusinessRuleProblem.conflict("shortName", "Организация с кратким наименованием «" + shortName
                    + "» уже зарегистрирована («" + other.shortName() + "»)");
        });
    }

    private static OrganizationCommand require(OrganizationCommand c) {
        var errors = new ArrayList<FieldError>();
        if (c.name() == null || c.name().isBlank()) {
            errors.add(new FieldError("name", "Укажите полное наименование организации"));
        } else if (c.name().length() > 500) {
            errors.add(new FieldError("name", "Наименование длиннее 500 символов"));
        }
        if (c.shortName() == null || c.shortName().isBlank()) {
            errors.add(new FieldError("shortName", "Укажите краткое наименование: по нему организацию находят файлы импорта"));
        } else if (c.shortName().length() > 200) {
            errors.add(new FieldError("shortName", "Краткое наименование длиннее 200 символов"));
        }
        if (c.kind() == null) {
            errors.add(new FieldError("kind", "Укажите тип организации"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте данные организации", errors);
        }
        return c;
    }

    /** The tenant's organisations as the import matches them by short name. */
    @Transactional(readOnly = true)
    public OrganisationDirectory directory() {
        return OrganisationDirectory.of(organizations.findAll().stream().map(Organization::ref).toList());
    }

    @Transactional(readOnly = true)
    public Map<UUID, OrganisationRef> refs() {
        return organizations.findAll().stream().collect(Collectors.toMap(Organization::id, Organization::ref));
    }

    // ---------------------------------------------------------------- contingent

    /** A line of the contingent table: an organisation and its figures for the year (null when not reported). */
    public record ContingentLine(Organization organization, Contingent contingent) {
    }

    @Transactional(readOnly = true)
    public List<ContingentLine> contingents(int schoolYear) {
        Map<UUID, Contingent> byOrg = contingents.findBySchoolYear(schoolYear).stream()
                .collect(Collectors.toMap(Contingent::organizationId, Function.identity()));
        return list().stream().map(o -> new ContingentLine(o, byOrg.get(o.id()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Contingent> contingent(UUID organizationId, int schoolYear) {
        get(organizationId);
        return contingents.findByOrganizationIdAndSchoolYear(organizationId, schoolYear);
    }

    /** School years with any contingent reported, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> reportedYears() {
        return contingents.findAll().stream().map(Contingent::schoolYear).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    @Transactional
    public Contingent reportContingent(UUID organizationId, int schoolYear, Contingent.Figures figures) {
        get(organizationId);
        if (schoolYear < 2000 || schoolYear > 2100) {
            throw BusinessRuleProblem.invalid("schoolYear", "Учебный год " + schoolYear + " вне диапазона 2000–2100");
        }
        var problems = figures.problems();
        if (!problems.isEmpty()) {
            throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте контингент за "
                    + Contingent.schoolYearLabel(schoolYear) + " учебный год",
                    problems.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
        }
        Contingent c = contingents.findByOrganizationIdAndSchoolYear(organizationId, schoolYear).orElse(null);
        boolean changed;
        if (c == null) {
            c = Contingent.report(access.tenant().value(), organizationId, schoolYear, figures);
            changed = true;
        } else {
            changed = c.replace(figures);
        }
        if (changed) {
            contingents.save(c);
            events.publishEvent(new ContingentReported(access.tenant(), organizationId, schoolYear, c.pupilsTotal(),
                    c.pupils10to19(), c.pupils15to19(), c.teachers(), c.youngTeachers()));
        }
        return c;
    }

    /** The school year a date falls in: from 1 September. */
    public static int schoolYearOf(java.time.LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }
}
