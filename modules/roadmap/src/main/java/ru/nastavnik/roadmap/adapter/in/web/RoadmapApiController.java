package ru.nastavnik.roadmap.adapter.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.AdoptRequest;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.CalendarTokenDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.CancelRequest;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.CompleteRequest;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.DueEntryDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.DueListDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.ProgressDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.RoadmapDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.RoadmapItemDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.RoadmapSummaryDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.TemplateDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.TrackedOccurrenceDto;
import ru.nastavnik.roadmap.adapter.in.web.ApiDtos.VersionDto;
import ru.nastavnik.roadmap.application.ExportService;
import ru.nastavnik.roadmap.application.RoadmapService;
import ru.nastavnik.roadmap.application.RoadmapViews;
import ru.nastavnik.roadmap.application.TemplateService;
import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;

/** The roadmap API of one municipality: its template and versions, adopted roadmaps, occurrences and evidence. */
@RestController
@RequestMapping("/api/{tenant}/roadmap")
@Tag(name = "Дорожная карта", description = "Шаблон дорожной карты муниципалитета, утверждённые дорожные карты, "
        + "сроки пунктов, их статусы и подтверждения, выгрузки")
class RoadmapApiController {

    private final TemplateService templates;

    private final RoadmapService roadmaps;

    private final ExportService exports;

    RoadmapApiController(TemplateService templates, RoadmapService roadmaps, ExportService exports) {
        this.templates = templates;
        this.roadmaps = roadmaps;
        this.exports = exports;
    }

    // ---------------------------------------------------------------- template

    @GetMapping("/template")
    @Operation(summary = "Текущий шаблон дорожной карты: разделы, пункты с номерами, сроками (вид, исходный текст, "
            + "даты и целевые значения), ответственными и результатами")
    TemplateDto template(@PathVariable String tenant) {
        return TemplateDto.of(templates.require());
    }

    @GetMapping("/template/versions")
    @Operation(summary = "Версии шаблона, от новой к старой")
    List<VersionDto> versions(@PathVariable String tenant) {
        return templates.versions().stream().map(VersionDto::of).toList();
    }

    @GetMapping("/template/versions/{number}")
    @Operation(summary = "Шаблон указанной версии")
    TemplateDto version(@PathVariable String tenant, @PathVariable int number) {
        return TemplateDto.of(templates.version(number));
    }

    @PostMapping(path = "/template/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Сохранить изменённый шаблон как новую версию (тело — файл шаблона в формате "
            + "nastavnik.roadmap-template/1); ошибки — по пунктам, ничего не сохраняется")
    VersionDto saveVersion(@PathVariable String tenant, @RequestBody String json,
            @RequestParam(required = false) String comment) {
        return VersionDto.of(templates.saveEdited(templates.parse(json), comment).version());
    }

    @PostMapping(path = "/template/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Импортировать шаблон из файла JSON как новую версию; все ошибки сообщаются сразу, "
            + "при ошибках ничего не сохраняется")
    VersionDto importTemplate(@PathVariable String tenant, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String comment) throws IOException {
        return VersionDto.of(templates.importJson(new String(file.getBytes(), StandardCharsets.UTF_8), comment).version());
    }

    @GetMapping(path = "/template/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Выгрузить шаблон (текущую или указанную версию) файлом JSON для переноса в другой муниципалитет")
    ResponseEntity<String> exportTemplate(@PathVariable String tenant,
            @Parameter(description = "номер версии; по умолчанию текущая") @RequestParam(required = false) Integer version) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("roadmap-template-" + tenant + ".json").build().toString())
                .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .body(templates.exportJson(version));
    }

    @GetMapping("/template/copy-sources")
    @Operation(summary = "Муниципалитеты, у которых можно скопировать шаблон")
    List<TemplateService.CopySource> copySources(@PathVariable String tenant) {
        return templates.copySources();
    }

    @PostMapping("/template/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Скопировать шаблон другого муниципалитета как новую версию своего (копируется только шаблон)")
    VersionDto copy(@PathVariable String tenant, @RequestParam("from") String from) {
        return VersionDto.of(templates.copyFrom(from).version());
    }

    // ---------------------------------------------------------------- roadmaps

    @GetMapping("/roadmaps")
    @Operation(summary = "Утверждённые дорожные карты с ходом выполнения")
    List<RoadmapSummaryDto> roadmaps(@PathVariable String tenant) {
        return roadmaps.list().stream().map(s -> RoadmapSummaryDto.of(s.roadmap(), s.progress())).toList();
    }

    @PostMapping("/roadmaps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Утвердить дорожную карту по шаблону (текущей или указанной версии) на период, "
            + "с номером и датой приказа; создаются все сроки всех пунктов, для школьных пунктов — по каждой ОО")
    RoadmapSummaryDto adopt(@PathVariable String tenant, @RequestBody AdoptRequest request) {
        PlanPeriod period = period(request.periodFrom(), request.periodTo());
        var r = roadmaps.adopt(new RoadmapService.AdoptCommand(request.templateVersion(), period, request.orderNumber(),
                request.orderDate()));
        return RoadmapSummaryDto.of(r, null);
    }

    @GetMapping("/roadmaps/{roadmapId}")
    @Operation(summary = "Дорожная карта: пункты, их сроки, статусы по муниципалитету и по каждой ОО, подтверждения")
    RoadmapDto roadmap(@PathVariable String tenant, @PathVariable UUID roadmapId) {
        RoadmapViews.RoadmapView view = roadmaps.view(roadmapId);
        return new RoadmapDto(RoadmapSummaryDto.of(view.roadmap(), view.progress()), view.roadmap().basis(),
                view.items().stream().map(i -> ApiDtos.item(tenant, i)).toList());
    }

    @GetMapping("/roadmaps/{roadmapId}/export.docx")
    @Operation(summary = "Дорожная карта документом Word в официальной табличной форме")
    ResponseEntity<byte[]> docx(@PathVariable String tenant, @PathVariable UUID roadmapId,
            @Parameter(description = "добавить столбец «Статус»") @RequestParam(defaultValue = "false") boolean status) {
        return download(exports.docx(roadmapId, status));
    }

    @GetMapping("/roadmaps/{roadmapId}/export.xlsx")
    @Operation(summary = "Дорожная карта таблицей Excel")
    ResponseEntity<byte[]> xlsx(@PathVariable String tenant, @PathVariable UUID roadmapId,
            @RequestParam(defaultValue = "false") boolean status) {
        return download(exports.xlsx(roadmapId, status));
    }

    @GetMapping("/items/{itemId}")
    @Operation(summary = "Пункт дорожной карты: сроки и ход выполнения по каждой ОО")
    RoadmapItemDto item(@PathVariable String tenant, @PathVariable UUID itemId) {
        return ApiDtos.item(tenant, roadmaps.item(itemId));
    }

    @GetMapping("/due")
    @Operation(summary = "Что нужно сделать в этом месяце и что просрочено (по действующей дорожной карте)")
    ResponseEntity<DueListDto> due(@PathVariable String tenant) {
        return roadmaps.dueList()
                .map(d -> ResponseEntity.ok(new DueListDto(d.roadmap().id(), ProgressDto.of(d.progress()),
                        d.thisMonth().stream().map(e -> due(tenant, e)).toList(),
                        d.overdue().stream().map(e -> due(tenant, e)).toList())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    // ---------------------------------------------------------------- occurrences

    @PostMapping("/occurrences/{occurrenceId}/start")
    @Operation(summary = "Начать выполнение срока")
    TrackedOccurrenceDto start(@PathVariable String tenant, @PathVariable UUID occurrenceId) {
        return occurrence(tenant, roadmaps.start(occurrenceId));
    }

    @PostMapping(path = "/occurrences/{occurrenceId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Отметить срок выполненным с подтверждением: документом (вид, номер, дата, название) или ссылкой")
    TrackedOccurrenceDto complete(@PathVariable String tenant, @PathVariable UUID occurrenceId,
            @RequestBody CompleteRequest request) {
        if ((request.document() == null) == (request.link() == null)) {
            throw BusinessRuleProblem.invalid("evidence", "Укажите одно подтверждение: документ или ссылку");
        }
        Occurrence done = request.document() != null
                ? roadmaps.complete(occurrenceId, new RoadmapService.DocumentInput(request.document().kind(),
                        request.document().number(), request.document().date(), request.document().title(), null, null))
                : roadmaps.complete(occurrenceId, new RoadmapService.LinkInput(request.link().url(), request.link().title()));
        return occurrence(tenant, done);
    }

    @PostMapping(path = "/occurrences/{occurrenceId}/complete-with-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Отметить срок выполненным документом с файлом (PDF, DOCX, XLSX, ODT, JPEG, PNG … до 10 МБ)")
    TrackedOccurrenceDto completeWithFile(@PathVariable String tenant, @PathVariable UUID occurrenceId,
            @RequestParam String kind, @RequestParam String number,
            @RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date,
            @RequestParam String title, @RequestPart("file") MultipartFile file) throws IOException {
        return occurrence(tenant, roadmaps.complete(occurrenceId,
                new RoadmapService.DocumentInput(kind, number, date, title, file.getOriginalFilename(), file.getBytes())));
    }

    @PostMapping("/occurrences/{occurrenceId}/cancel")
    @Operation(summary = "Отменить срок с указанием причины")
    TrackedOccurrenceDto cancel(@PathVariable String tenant, @PathVariable UUID occurrenceId,
            @RequestBody CancelRequest request) {
        return occurrence(tenant, roadmaps.cancel(occurrenceId, request.reason()));
    }

    @PostMapping("/occurrences/{occurrenceId}/reopen")
    @Operation(summary = "Переоткрыть выполненный или отменённый срок (только координатор)")
    TrackedOccurrenceDto reopen(@PathVariable String tenant, @PathVariable UUID occurrenceId) {
        return occurrence(tenant, roadmaps.reopen(occurrenceId));
    }

    @GetMapping("/files/{fileId}")
    @Operation(summary = "Скачать файл подтверждения")
    ResponseEntity<byte[]> file(@PathVariable String tenant, @PathVariable UUID fileId) {
        var file = roadmaps.file(fileId);
        return download(new ExportService.Download(file.fileName(), file.contentType(), file.content()));
    }

    @PostMapping("/calendar/token")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Создать (или заменить) секретную ссылку на календарь сроков iCalendar; прежняя перестаёт работать")
    CalendarTokenDto calendarToken(@PathVariable String tenant) {
        String token = exports.regenerateCalendarToken();
        return new CalendarTokenDto(token, CalendarFeedController.path(tenant, token));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/calendar/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Отозвать секретную ссылку на календарь сроков: она перестаёт работать")
    void revokeCalendarToken(@PathVariable String tenant) {
        exports.revokeCalendarToken();
    }

    // ---------------------------------------------------------------- helpers

    private TrackedOccurrenceDto occurrence(String tenant, Occurrence o) {
        var item = roadmaps.item(o.itemId());
        return item.planned().stream().flatMap(p -> p.occurrences().stream()).filter(v -> v.id().equals(o.id()))
                .findFirst().map(v -> ApiDtos.occurrence(tenant, v)).orElseThrow();
    }

    private static DueEntryDto due(String tenant, RoadmapViews.DueEntry e) {
        return new DueEntryDto(e.item().id(), e.item().number(), e.item().title(), ApiDtos.occurrence(tenant, e.occurrence()),
                e.occurrence().occurrence().label(), e.occurrence().occurrence().due());
    }

    static PlanPeriod period(java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null || to == null) {
            throw BusinessRuleProblem.invalid("period", "Укажите начало и окончание периода дорожной карты");
        }
        try {
            return PlanPeriod.of(from, to);
        } catch (IllegalArgumentException e) {
            throw BusinessRuleProblem.invalid("period", e.getMessage());
        }
    }

    static ResponseEntity<byte[]> download(ExportService.Download d) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(d.contentType()))
                .body(d.content());
    }
}
