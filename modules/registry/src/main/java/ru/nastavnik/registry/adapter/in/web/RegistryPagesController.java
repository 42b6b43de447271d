package ru.nastavnik.registry.adapter.in.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.web.RussianNumbers;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.application.CatalogueService;
import ru.nastavnik.registry.application.CuratorService;
import ru.nastavnik.registry.application.ExportService;
import ru.nastavnik.registry.application.ImportService;
import ru.nastavnik.registry.application.OrganizationService;
import ru.nastavnik.registry.application.ParticipantForm;
import ru.nastavnik.registry.application.ParticipantService;
import ru.nastavnik.registry.application.RegistryAccess;
import ru.nastavnik.registry.domain.CatalogueKind;
import ru.nastavnik.registry.domain.Contingent;
import ru.nastavnik.registry.domain.CuratorKind;
import ru.nastavnik.registry.domain.Organization;
import ru.nastavnik.registry.domain.OrganizationKind;
import ru.nastavnik.registry.domain.Participant;
import ru.nastavnik.registry.domain.ParticipantCategory;
import ru.nastavnik.registry.domain.ParticipantQuery;

/** The registry's pages (Russian, in the platform's layout). */
@Controller
@RequestMapping("/t/{tenant}/registry")
class RegistryPagesController {

    private final ParticipantService participants;
    private final OrganizationService organizations;
    private final ImportService imports;
    private final ExportService exports;
    private final CuratorService curators;
    private final CatalogueService catalogues;
    private final RegistryAccess access;
    private final ru.nastavnik.registry.application.InvitationService invitations;

    RegistryPagesController(ParticipantService participants, OrganizationService organizations, ImportService imports,
                            ExportService exports, CuratorService curators, CatalogueService catalogues,
                            RegistryAccess access, ru.nastavnik.registry.application.InvitationService invitations) {
        this.invitations = invitations;
        this.participants = participants;
        this.organizations = organizations;
        this.imports = imports;
        this.exports = exports;
        this.curators = curators;
        this.catalogues = catalogues;
        this.access = access;
    }

    @ModelAttribute
    void common(@PathVariable String tenant, Model model) {
        model.addAttribute("tenantSlug", tenant);
        model.addAttribute("base", "/t/" + tenant + "/registry");
        model.addAttribute("coordinator", access.user().isCoordinator());
        model.addAttribute("today", access.today());
    }

    // ---------------------------------------------------------------- participants list

    @GetMapping
    String list(@PathVariable String tenant, @RequestParam(required = false) String search,
                @RequestParam(required = false) String category, @RequestParam(required = false) String role,
                @RequestParam(required = false) String organizationId,
                @RequestParam(required = false) String youngTeacher, @RequestParam(required = false) String active,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ParticipantCategory cat = parse(ParticipantCategory.class, category);
        ParticipantRole r = parse(ParticipantRole.class, role);
        UUID org = uuid(organizationId);
        Boolean young = "yes".equals(youngTeacher) ? Boolean.TRUE : null;
        Boolean act = "yes".equals(active) ? Boolean.TRUE : "no".equals(active) ? Boolean.FALSE : null;
        var result = participants.list(new ParticipantQuery(cat, r, org, search, young, act, access.today(), page, 25));
        model.addAttribute("page", result);
        model.addAttribute("organizations", organizations.list());
        model.addAttribute("categories", ParticipantCategory.values());
        model.addAttribute("roles", ParticipantRole.values());
        var filter = new LinkedHashMap<String, String>();
        filter.put("search", search == null ? "" : search);
        filter.put("category", cat == null ? "" : cat.name());
        filter.put("role", r == null ? "" : r.name());
        filter.put("organizationId", org == null ? "" : org.toString());
        filter.put("youngTeacher", young == null ? "" : "yes");
        filter.put("active", act == null ? "" : act ? "yes" : "no");
        model.addAttribute("filter", filter);
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/t/" + tenant + "/registry");
        filter.forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.queryParam(k, v);
            }
        });
        model.addAttribute("pageLink", query.build().encode().toUriString() + (filter.values().stream()
                .anyMatch(v -> !v.isEmpty()) ? "&page=" : "?page="));
        model.addAttribute("counts", participants.counts());
        return "registry/participants";
    }

    // ---------------------------------------------------------------- card and its actions

    @GetMapping("/participants/{id}")
    String card(@PathVariable String tenant, @PathVariable UUID id, Model model) {
        Participant p = participants.card(id);
        model.addAttribute("p", p);
        model.addAttribute("organization", organizations.get(p.organizationId()));
        var competencyCatalogue = catalogues.list(CatalogueKind.COMPETENCY);
        var requestCatalogue = catalogues.list(CatalogueKind.REQUEST);
        model.addAttribute("competencyCatalogue", competencyCatalogue);
        model.addAttribute("requestCatalogue", requestCatalogue);
        model.addAttribute("otherCompetencies", others(p.competencies(), competencyCatalogue));
        model.addAttribute("otherRequests", others(p.requests(), requestCatalogue));
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("participantAccess", invitations.overview(id));
        model.addAttribute("now", java.time.Instant.now());
        return "registry/card";
    }

    /** The items not in the catalogue, for the «другие» field. */
    private static String others(List<String> items, List<ru.nastavnik.registry.domain.CatalogueItem> catalogue) {
        var titles = catalogue.stream().map(ru.nastavnik.registry.domain.CatalogueItem::title).toList();
        return String.join(", ", items.stream().filter(i -> !titles.contains(i)).toList());
    }

    @PostMapping("/participants/{id}/mentor-profile")
    String mentorProfile(@PathVariable String tenant, @PathVariable UUID id,
                         @RequestParam(required = false) List<String> competencies,
                         @RequestParam(required = false) String otherCompetencies,
                         @RequestParam(required = false) String note, @RequestParam(required = false) String capacity,
                         @RequestParam(defaultValue = "false") boolean positiveExperience, RedirectAttributes redirect) {
        return action(tenant, id, redirect, "Профиль наставника сохранён", () -> {
            List<String> items = new ArrayList<>(competencies == null ? List.of() : competencies);
            if (otherCompetencies != null) {
                items.add(otherCompetencies);
            }
            participants.changeMentorProfile(id, items, note,
                    RussianNumbers.integer(capacity, "capacity", "Ёмкость наставника"), positiveExperience);
        });
    }

    @PostMapping("/participants/{id}/mentee-profile")
    String menteeProfile(@PathVariable String tenant, @PathVariable UUID id,
                         @RequestParam(required = false) List<String> requests,
                         @RequestParam(required = false) String otherRequests, @RequestParam(required = false) String note,
                         RedirectAttributes redirect) {
        return action(tenant, id, redirect, "Профиль наставляемого сохранён", () -> {
            List<String> items = new ArrayList<>(requests == null ? List.of() : requests);
            if (otherRequests != null) {
                items.add(otherRequests);
            }
            participants.changeMenteeProfile(id, items, note);
        });
    }

    @PostMapping("/participants/{id}/trainings")
    String training(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String title,
                    @RequestParam(required = false) String completedOn, RedirectAttributes redirect) {
        return action(tenant, id, redirect, "Обучение записано",
                () -> participants.addTraining(id, title, date(completedOn, "completedOn")));
    }

    @PostMapping("/participants/{id}/consents")
    String giveConsent(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String purpose,
                       @RequestParam(required = false) String givenOn,
                       @RequestParam(defaultValue = "false") boolean byLegalRepresentative,
                       @RequestParam(required = false) String representativeName, RedirectAttributes redirect) {
        return action(tenant, id, redirect, "Согласие записано", () -> participants.giveConsent(id,
                parse(ConsentPurpose.class, purpose), date(givenOn, "givenOn"), byLegalRepresentative,
                representativeName));
    }

    @PostMapping("/participants/{id}/consents/{purpose}/withdraw")
    String withdraw(@PathVariable String tenant, @PathVariable UUID id, @PathVariable String purpose,
                    @RequestParam(required = false) String on, RedirectAttributes redirect) {
        return action(tenant, id, redirect, "Согласие отозвано", () -> participants.withdrawConsent(id,
                parse(ConsentPurpose.class, purpose), date(on, "withdrawnOn")));
    }

    @PostMapping("/participants/{id}/leave")
    String leave(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String on,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return action(tenant, id, redirect, "Участник выбыл из программы",
                () -> participants.leave(id, date(on, "leftOn"), reason));
    }

    private String action(String tenant, UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (BusinessRuleProblem e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("problems", e.errors().stream().map(BusinessRuleProblem.FieldError::message).toList());
        }
        return "redirect:/t/" + tenant + "/registry/participants/" + id;
    }

    // ---------------------------------------------------------------- create and edit

    @GetMapping("/participants/new")
    String newForm(@PathVariable String tenant, Model model) {
        ParticipantForm form = ParticipantForm.empty();
        var scope = access.scope();
        if (scope.isPresent()) {
            form = withOrganization(form, scope.get().toString());
        }
        return form(model, form, null, Map.of(), null);
    }

    @PostMapping("/participants/new")
    String create(@PathVariable String tenant, @ModelAttribute("form") ParticipantForm form, Model model,
                  RedirectAttributes redirect) {
        try {
            Participant p = participants.create(form);
            redirect.addFlashAttribute("notice", "Участник добавлен в реестр");
            return "redirect:/t/" + tenant + "/registry/participants/" + p.id();
        } catch (BusinessRuleProblem e) {
            return form(model, form, null, errors(e), e.getMessage());
        }
    }

    @GetMapping("/participants/{id}/edit")
    String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
        return form(model, ParticipantForm.of(participants.forEdit(id)), id, Map.of(), null);
    }

    @PostMapping("/participants/{id}/edit")
    String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") ParticipantForm form,
                  Model model, RedirectAttributes redirect) {
        try {
            participants.update(id, form);
            redirect.addFlashAttribute("notice", "Сведения участника сохранены");
            return "redirect:/t/" + tenant + "/registry/participants/" + id;
        } catch (BusinessRuleProblem e) {
            return form(model, form, id, errors(e), e.getMessage());
        }
    }

    private String form(Model model, ParticipantForm form, UUID id, Map<String, String> errors, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("participantId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("organizations", organizations.list());
        model.addAttribute("categories", ParticipantCategory.values());
        model.addAttribute("roles", ru.nastavnik.registry.domain.ParticipantRole.values());
        model.addAttribute("givers", ru.nastavnik.registry.domain.ConsentGiver.values());
        return "registry/form";
    }

    private static ParticipantForm withOrganization(ParticipantForm f, String org) {
        return new ParticipantForm(f.surname(), f.name(), f.patronymic(), f.category(), f.birthDate(), f.schoolClass(), org,
                f.pedagogicalStart(), f.company(), f.role(), f.competencies(), f.capacity(), f.trainedOn(), f.requests(),
                f.consentDate(), f.consentGiver(), f.legalRepresentative(), f.email(), f.phone());
    }

    private static Map<String, String> errors(BusinessRuleProblem e) {
        Map<String, String> m = new LinkedHashMap<>();
        e.errors().forEach(err -> m.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
        return m;
    }

    // ---------------------------------------------------------------- organisations and contingent

    @GetMapping("/organizations")
    String organizations(@PathVariable String tenant, @RequestParam(required = false) Integer year, Model model) {
        int current = OrganizationService.schoolYearOf(access.today());
        int y = year == null ? current : year;
        var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.addAll(organizations.reportedYears());
        years.add(current);
        years.add(y);
        var lines = organizations.contingents(y);
        model.addAttribute("year", y);
        model.addAttribute("yearLabel", Contingent.schoolYearLabel(y));
        model.addAttribute("years", years);
        model.addAttribute("lines", lines);
        model.addAttribute("kinds", OrganizationKind.values());
        int[] totals = new int[5];
        lines.stream().filter(l -> l.contingent() != null).map(OrganizationService.ContingentLine::contingent).forEach(c -> {
            totals[0] += c.pupilsTotal();
            totals[1] += c.pupils10to19();
            totals[2] += c.pupils15to19() == null ? 0 : c.pupils15to19();
            totals[3] += c.teachers();
            totals[4] += c.youngTeachers();
        });
        model.addAttribute("totals", totals);
        model.addAttribute("totalShare", totals[3] == 0 ? null : 100.0 * totals[4] / totals[3]);
        return "registry/organizations";
    }

    @PostMapping("/organizations")
    String addOrganization(@PathVariable String tenant, @RequestParam(required = false) String name,
                           @RequestParam(required = false) String shortName, @RequestParam(required = false) String kind,
                           RedirectAttributes redirect) {
        try {
            Organization o = organizations.register(new OrganizationService.OrganizationCommand(name, shortName,
                    parse(OrganizationKind.class, kind)));
            redirect.addFlashAttribute("notice", "Организация «" + o.shortName() + "» добавлена");
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
        }
        return "redirect:/t/" + tenant + "/registry/organizations";
    }

    @PostMapping("/organizations/{id}/contingent/{year}")
    String contingent(@PathVariable String tenant, @PathVariable UUID id, @PathVariable int year,
                      @RequestParam(required = false) String pupilsTotal, @RequestParam(required = false) String pupils10to19,
                      @RequestParam(required = false) String pupils15to19, @RequestParam(required = false) String teachers,
                      @RequestParam(required = false) String youngTeachers, RedirectAttributes redirect) {
        try {
            Integer[] v = { RussianNumbers.integer(pupilsTotal, "pupilsTotal", "Обучающихся всего"),
                    RussianNumbers.integer(pupils10to19, "pupils10to19", "Обучающихся 10–19 лет"),
                    RussianNumbers.integer(teachers, "teachers", "Педагогов"),
                    RussianNumbers.integer(youngTeachers, "youngTeachers", "Молодых педагогов") };
            if (Arrays.stream(v).anyMatch(x -> x == null)) {
                throw BusinessRuleProblem.invalid("pupilsTotal", "Заполните число обучающихся всего и 10–19 лет, "
                        + "педагогов и молодых педагогов целыми числами");
            }
            Organization o = organizations.get(id);
            organizations.reportContingent(id, year, new Contingent.Figures(v[0], v[1],
                    RussianNumbers.integer(pupils15to19, "pupils15to19", "Обучающихся 15–19 лет"), v[2], v[3]));
            redirect.addFlashAttribute("notice", "Контингент «" + o.shortName() + "» за "
                    + Contingent.schoolYearLabel(year) + " сохранён");
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
        }
        return "redirect:/t/" + tenant + "/registry/organizations?year=" + year;
    }

    // ---------------------------------------------------------------- import and export

    @GetMapping("/imports")
    String imports(@PathVariable String tenant, Model model) {
        model.addAttribute("recent", imports.recent());
        return "registry/imports";
    }

    @PostMapping("/imports")
    String upload(@PathVariable String tenant, @RequestParam(value = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        try {
            UUID id = imports.start(Uploads.of(file));
            return "redirect:/t/" + tenant + "/registry/imports/" + id;
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
            return "redirect:/t/" + tenant + "/registry/imports";
        }
    }

    @GetMapping("/imports/{id}")
    String importJob(@PathVariable String tenant, @PathVariable UUID id, Model model) {
        importModel(imports.job(id), model);
        return "registry/import-job";
    }

    private static void importModel(ru.nastavnik.registry.domain.ImportJob job, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("followUp", ImportFollowUpText.of(job.followUp()));
    }

    /** The job's status block, polled by htmx while the import runs and until the other sections have caught up. */
    @GetMapping("/imports/{id}/status")
    String importStatus(@PathVariable String tenant, @PathVariable UUID id, Model model) {
        importModel(imports.job(id), model);
        return "registry/import-job :: status";
    }

    @GetMapping("/imports/template")
    ResponseEntity<byte[]> template(@PathVariable String tenant, @RequestParam(defaultValue = "xlsx") String format)
            throws IOException {
        return ImportsApiController.template(format, organizations);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String tenant) throws IOException {
        return ImportsApiController.export(exports);
    }

    // ---------------------------------------------------------------- audit, catalogues, curators

    @GetMapping("/audit")
    String audit(@PathVariable String tenant, @RequestParam(required = false) String participantId,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        UUID pid = uuid(participantId);
        model.addAttribute("entries", participants.auditLog(pid, page, 50));
        model.addAttribute("participantId", pid);
        model.addAttribute("pageLink", "/t/" + tenant + "/registry/audit?" + (pid == null ? "" : "participantId=" + pid + "&")
                + "page=");
        return "registry/audit";
    }

    @GetMapping("/catalogues")
    String catalogues(@PathVariable String tenant, Model model) {
        var lists = new LinkedHashMap<CatalogueKind, Object>();
        for (CatalogueKind k : CatalogueKind.values()) {
            lists.put(k, catalogues.list(k));
        }
        model.addAttribute("lists", lists);
        return "registry/catalogues";
    }

    @PostMapping("/catalogues/{kind}")
    String addCatalogueItem(@PathVariable String tenant, @PathVariable String kind,
                            @RequestParam(required = false) String title, RedirectAttributes redirect) {
        try {
            catalogues.add(parse(CatalogueKind.class, kind), title);
            redirect.addFlashAttribute("notice", "Значение добавлено");
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
        }
        return "redirect:/t/" + tenant + "/registry/catalogues";
    }

    @PostMapping("/catalogues/{kind}/{id}/delete")
    String removeCatalogueItem(@PathVariable String tenant, @PathVariable String kind, @PathVariable UUID id,
                               RedirectAttributes redirect) {
        catalogues.remove(id);
        redirect.addFlashAttribute("notice", "Значение удалено из справочника");
        return "redirect:/t/" + tenant + "/registry/catalogues";
    }

    @GetMapping("/curators")
    String curators(@PathVariable String tenant, Model model) {
        model.addAttribute("curators", curators.list());
        var orgs = organizations.list();
        model.addAttribute("organizations", orgs);
        var names = new LinkedHashMap<UUID, String>();
        orgs.forEach(o -> names.put(o.id(), o.shortName()));
        model.addAttribute("organizationNames", names);
        model.addAttribute("kinds", CuratorKind.values());
        return "registry/curators";
    }

    @PostMapping("/curators")
    String appoint(@PathVariable String tenant, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String organizationId, @RequestParam(required = false) String fullName,
                   @RequestParam(required = false) String position, @RequestParam(required = false) String email,
                   @RequestParam(required = false) String phone, @RequestParam(required = false) String orderNumber,
                   @RequestParam(required = false) String orderDate, RedirectAttributes redirect) {
        try {
            curators.appoint(new CuratorService.AppointCommand(parse(CuratorKind.class, kind), uuid(organizationId),
                    fullName, position, email, phone, orderNumber, date(orderDate, "orderDate")));
            redirect.addFlashAttribute("notice", "Куратор назначен");
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
        }
        return "redirect:/t/" + tenant + "/registry/curators";
    }

    @PostMapping("/curators/{id}/account")
    String account(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String username,
                   @RequestParam(required = false) String password, RedirectAttributes redirect) {
        try {
            var account = curators.createAccount(id, username, password);
            redirect.addFlashAttribute("notice", "Учётная запись «" + account.username() + "» создана");
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
        }
        return "redirect:/t/" + tenant + "/registry/curators";
    }

    // ---------------------------------------------------------------- helpers

    private static void problem(RedirectAttributes redirect, BusinessRuleProblem e) {
        redirect.addFlashAttribute("problem", e.getMessage());
        redirect.addFlashAttribute("problems", e.errors().stream().map(BusinessRuleProblem.FieldError::message).toList());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessRuleProblem.invalid(field, "«" + value + "» не дата");
        }
    }
}
