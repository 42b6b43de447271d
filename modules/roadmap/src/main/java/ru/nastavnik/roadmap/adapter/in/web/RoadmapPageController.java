package ru.nastavnik.roadmap.adapter.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.roadmap.domain.template.EventBinding;
import ru.nastavnik.roadmap.application.ExportService;
import ru.nastavnik.roadmap.application.RoadmapService;
import ru.nastavnik.roadmap.application.TemplateService;
import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.Schedule;
import ru.nastavnik.roadmap.domain.schedule.ScheduleParser;
import ru.nastavnik.roadmap.domain.tracking.EvidenceFilePolicy;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;

/** The roadmap's pages (Russian): the table, an item with its occurrences and evidence forms, adoption, the template. */
@Controller
@RequestMapping("/t/{tenant}/roadmap")
class RoadmapPageController {

    static final List<String> DOCUMENT_KINDS = List.of("приказ", "распоряжение", "постановление", "положение",
            "локальный акт", "дорожная карта", "аналитическая справка", "отчёт", "протокол", "план", "программа",
            "информационное письмо");

    private final TemplateService templates;

    private final RoadmapService roadmaps;

    private final ExportService exports;

    private final CurrentUsers users;

    RoadmapPageController(TemplateService templates, RoadmapService roadmaps, ExportService exports, CurrentUsers users) {
        this.templates = templates;
        this.roadmaps = roadmaps;
        this.exports = exports;
        this.users = users;
    }

    @ModelAttribute
    void common(@PathVariable String tenant, Model model) {
        model.addAttribute("tenant", tenant);
        model.addAttribute("coordinator", users.current().map(u -> u.isCoordinator()).orElse(false));
    }

    // ---------------------------------------------------------------- roadmap table

    @GetMapping
    String index(@PathVariable String tenant, Model model) {
        var current = roadmaps.current();
        if (current.isEmpty()) {
            model.addAttribute("template", templates.current().orElse(null));
            return "roadmap/empty";
        }
        return show(tenant, current.get().id(), model);
    }

    @GetMapping("/r/{roadmapId}")
    String show(@PathVariable String tenant, @PathVariable UUID roadmapId, Model model) {
        model.addAttribute("view", roadmaps.view(roadmapId));
        model.addAttribute("roadmaps", roadmaps.list());
        model.addAttribute("calendarSince", exports.calendarTokenCreatedAt().orElse(null));
        return "roadmap/index";
    }

    @GetMapping("/r/{roadmapId}/export.docx")
    ResponseEntity<byte[]> docx(@PathVariable String tenant, @PathVariable UUID roadmapId,
            @RequestParam(defaultValue = "false") boolean status) {
        return RoadmapApiController.download(exports.docx(roadmapId, status));
    }

    @GetMapping("/r/{roadmapId}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String tenant, @PathVariable UUID roadmapId,
            @RequestParam(defaultValue = "false") boolean status) {
        return RoadmapApiController.download(exports.xlsx(roadmapId, status));
    }

    // ---------------------------------------------------------------- item and occurrences

    @GetMapping("/items/{itemId}")
    String item(@PathVariable String tenant, @PathVariable UUID itemId, Model model) {
        var item = roadmaps.item(itemId);
        model.addAttribute("item", item);
        model.addAttribute("roadmap", roadmaps.roadmap(item.item().roadmapId()));
        model.addAttribute("documentKinds", DOCUMENT_KINDS);
        model.addAttribute("allowedFiles", EvidenceFilePolicy.ALLOWED);
        model.addAttribute("today", LocalDate.now(ru.nastavnik.roadmap.application.RoadmapClock.ZONE));
        return "roadmap/item";
    }

    @PostMapping("/occurrences/{occurrenceId}/start")
    String start(@PathVariable String tenant, @PathVariable UUID occurrenceId, RedirectAttributes redirect) {
        return act(tenant, occurrenceId, redirect, "Работа по сроку начата", () -> roadmaps.start(occurrenceId));
    }

    @PostMapping("/occurrences/{occurrenceId}/complete")
    String complete(@PathVariable String tenant, @PathVariable UUID occurrenceId, @RequestParam String kind,
            @RequestParam String number, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam String title, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return act(tenant, occurrenceId, redirect, "Отмечено выполненным",
                () -> roadmaps.complete(occurrenceId, new RoadmapService.DocumentInput(kind, number, date, title, name, content)));
    }

    @PostMapping("/occurrences/{occurrenceId}/link")
    String link(@PathVariable String tenant, @PathVariable UUID occurrenceId, @RequestParam String url,
            @RequestParam String title, RedirectAttributes redirect) {
        return act(tenant, occurrenceId, redirect, "Отмечено выполненным",
                () -> roadmaps.complete(occurrenceId, new RoadmapService.LinkInput(url, title)));
    }

    @PostMapping("/occurrences/{occurrenceId}/cancel")
    String cancel(@PathVariable String tenant, @PathVariable UUID occurrenceId, @RequestParam String reason,
            RedirectAttributes redirect) {
        return act(tenant, occurrenceId, redirect, "Срок отменён", () -> roadmaps.cancel(occurrenceId, reason));
    }

    @PostMapping("/occurrences/{occurrenceId}/reopen")
    String reopen(@PathVariable String tenant, @PathVariable UUID occurrenceId, RedirectAttributes redirect) {
        return act(tenant, occurrenceId, redirect, "Срок переоткрыт", () -> roadmaps.reopen(occurrenceId));
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String tenant, @PathVariable UUID fileId) {
        var file = roadmaps.file(fileId);
        return RoadmapApiController.download(new ExportService.Download(file.fileName(), file.contentType(), file.content()));
    }

    // ---------------------------------------------------------------- adoption

    @GetMapping("/adopt")
    String adoptForm(@PathVariable String tenant, Model model) {
        var template = templates.require();
        model.addAttribute("template", template);
        model.addAttribute("versions", templates.versions());
        model.addAttribute("form", Map.of("periodFrom", template.template().period().from().toString(),
                "periodTo", template.template().period().to().toString(), "orderNumber", "", "orderDate", ""));
        return "roadmap/adopt";
    }

    @PostMapping("/adopt")
    String adopt(@PathVariable String tenant, @RequestParam(required = false) Integer templateVersion,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
            @RequestParam(defaultValue = "") String orderNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderDate,
            Model model, RedirectAttributes redirect) {
        try {
            PlanPeriod period = RoadmapApiController.period(periodFrom, periodTo);
            var roadmap = roadmaps.adopt(new RoadmapService.AdoptCommand(templateVersion, period, orderNumber, orderDate));
            redirect.addFlashAttribute("notice", "Дорожная карта утверждена: " + roadmap.orderLabel());
            return "redirect:/t/" + tenant + "/roadmap/r/" + roadmap.id();
        } catch (BusinessRuleProblem e) {
            var template = templates.require();
            model.addAttribute("template", template);
            model.addAttribute("versions", templates.versions());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", Map.of("periodFrom", periodFrom == null ? "" : periodFrom.toString(),
                    "periodTo", periodTo == null ? "" : periodTo.toString(), "orderNumber", orderNumber,
                    "orderDate", orderDate == null ? "" : orderDate.toString()));
            return "roadmap/adopt";
        }
    }

    // ---------------------------------------------------------------- template

    @GetMapping("/template")
    String template(@PathVariable String tenant, @RequestParam(required = false) Integer version, Model model) {
        var current = version == null ? templates.current().orElse(null) : templates.version(version);
        model.addAttribute("current", current);
        model.addAttribute("versions", templates.versions());
        model.addAttribute("sources", templates.copySources());
        return "roadmap/template";
    }

    @GetMapping("/template/edit")
    String edit(@PathVariable String tenant, Model model) {
        var current = templates.require();
        model.addAttribute("form", TemplateForm.of(current.template()));
        model.addAttribute("version", current.version());
        model.addAttribute("rowErrors", Map.of());
        model.addAttribute("bindings", bindingChoices(model));
        return "roadmap/template-edit";
    }

    @PostMapping("/template/edit")
    String save(@PathVariable String tenant, @ModelAttribute("form") TemplateForm form, Model model,
            RedirectAttributes redirect) {
        var result = TemplateEditor.build(templates.slug(), form);
        if (!result.ok()) {
            form.addEmptyRow();
            model.addAttribute("version", templates.require().version());
            model.addAttribute("rowErrors", result.rowErrors());
            model.addAttribute("errors", result.errors());
            model.addAttribute("problem", "Шаблон не сохранён: исправьте отмеченные пункты");
            model.addAttribute("bindings", bindingChoices(model));
            return "roadmap/template-edit";
        }
        var saved = templates.saveEdited(result.template(), form.getComment());
        redirect.addFlashAttribute("notice", "Шаблон сохранён как версия " + saved.version().number());
        return "redirect:/t/" + tenant + "/roadmap/template";
    }

    /**
     * What an item's self-completion can be bound to, key → Russian words: the known events, and any other key the
     * template's items already carry (kept, shown in words).
     */
    private static Map<String, String> bindingChoices(Model model) {
        var choices = new java.util.LinkedHashMap<>(EventBinding.known());
        var form = (TemplateForm) model.getAttribute("form");
        if (form != null) {
            for (var row : form.getItems()) {
                String key = row.getBinding();
                if (key != null && !key.isBlank() && !choices.containsKey(key)) {
                    choices.put(key, TemplateEditor.bindingTitle(key));
                }
            }
        }
        return choices;
    }

    /** htmx: the schedule text re-parsed in the period, or the Russian reason it does not parse. */
    @PostMapping("/template/schedule-preview")
    String schedulePreview(@RequestParam Map<String, String> params,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
            Model model) {
        // the editor sends the row's own field, e.g. items[3].schedule
        String schedule = params.entrySet().stream().filter(e -> e.getKey().endsWith("schedule")).map(Map.Entry::getValue)
                .findFirst().orElse("");
        try {
            PlanPeriod period = PlanPeriod.of(periodFrom, periodTo);
            Schedule parsed = new ScheduleParser().parse(schedule, period);
            model.addAttribute("schedule", parsed);
        } catch (IllegalArgumentException | NullPointerException e) {
            model.addAttribute("error", e.getMessage() == null ? "Укажите период плана" : e.getMessage());
        }
        return "roadmap/fragments :: schedulePreview";
    }

    @PostMapping("/template/import")
    String importTemplate(@PathVariable String tenant, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "") String comment, Model model, RedirectAttributes redirect) throws IOException {
        try {
            var saved = templates.importJson(new String(file.getBytes(), StandardCharsets.UTF_8), comment);
            redirect.addFlashAttribute("notice", "Шаблон импортирован как версия " + saved.version().number());
            return "redirect:/t/" + tenant + "/roadmap/template";
        } catch (BusinessRuleProblem e) {
            model.addAttribute("importProblem", e.getMessage());
            model.addAttribute("importErrors", e.errors());
            return template(tenant, null, model);
        }
    }

    @GetMapping("/template/export")
    ResponseEntity<String> exportTemplate(@PathVariable String tenant, @RequestParam(required = false) Integer version) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("roadmap-template-" + tenant + ".json").build().toString())
                .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .body(templates.exportJson(version));
    }

    @PostMapping("/template/copy")
    String copy(@PathVariable String tenant, @RequestParam("from") String from, RedirectAttributes redirect) {
        var saved = templates.copyFrom(from);
        redirect.addFlashAttribute("notice", "Шаблон скопирован как версия " + saved.version().number() + ": "
                + saved.version().comment());
        return "redirect:/t/" + tenant + "/roadmap/template";
    }

    // ---------------------------------------------------------------- calendar

    @PostMapping("/calendar")
    String calendar(@PathVariable String tenant, RedirectAttributes redirect) {
        String token = exports.regenerateCalendarToken();
        redirect.addFlashAttribute("calendarUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentContextPath().path(CalendarFeedController.path(tenant, token)).toUriString());
        redirect.addFlashAttribute("notice", "Создана новая ссылка на календарь сроков; прежняя больше не работает");
        return "redirect:/t/" + tenant + "/roadmap";
    }

    @PostMapping("/calendar/revoke")
    String revokeCalendar(@PathVariable String tenant, RedirectAttributes redirect) {
        exports.revokeCalendarToken();
        redirect.addFlashAttribute("notice", "Ссылка на календарь отозвана и больше не работает");
        return "redirect:/t/" + tenant + "/roadmap";
    }

    private String act(String tenant, UUID occurrenceId, RedirectAttributes redirect, String notice,
            java.util.function.Supplier<Occurrence> action) {
        UUID itemId = null;
        try {
            Occurrence o = action.get();
            itemId = o.itemId();
            redirect.addFlashAttribute("notice", notice);
        } catch (BusinessRuleProblem e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("problemOccurrence", occurrenceId);
        }
        if (itemId == null) {
            itemId = roadmaps.itemOfOccurrence(occurrenceId);
        }
        return "redirect:/t/" + tenant + "/roadmap/items/" + itemId + "#o-" + occurrenceId;
    }
}
