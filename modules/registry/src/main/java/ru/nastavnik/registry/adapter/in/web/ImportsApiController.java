package ru.nastavnik.registry.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.registry.adapter.in.imports.ImportTemplateWriter;
import ru.nastavnik.registry.adapter.in.imports.XlsxRegistryExporter;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.ImportDto;
import ru.nastavnik.registry.application.ExportService;
import ru.nastavnik.registry.application.ImportService;
import ru.nastavnik.registry.application.OrganizationService;
import ru.nastavnik.registry.domain.ImportJob;
import ru.nastavnik.registry.domain.ImportStatus;

/** Bulk import of participant lists (CSV or XLSX), the template, and the export of the registry. */
@RestController
@RequestMapping("/api/{tenant}/registry")
@Tag(name = "Реестр: импорт и выгрузка", description = "Загрузка списков участников из XLSX и CSV (всё или ничего), шаблон, выгрузка реестра")
class ImportsApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService imports;
    private final ExportService exports;
    private final OrganizationService organizations;

    ImportsApiController(ImportService imports, ExportService exports, OrganizationService organizations) {
        this.imports = imports;
        this.exports = exports;
        this.organizations = organizations;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Загрузить список участников (XLSX или CSV в UTF-8 или Windows-1251, разделитель «;» или «,»)",
            description = "Файл проверяется целиком: при любой ошибке ничего не записывается, ответ 422 перечисляет "
                    + "ошибки по строкам и столбцам. С async=true загрузка идёт в фоне: ответ 202 и адрес состояния.")
    ResponseEntity<ImportDto> upload(@PathVariable String tenant, @RequestPart("file") MultipartFile file,
                                     @RequestParam(defaultValue = "false") boolean async) {
        if (async) {
            UUID id = imports.start(Uploads.of(file));
            return ResponseEntity.accepted().location(URI.create("/api/" + tenant + "/registry/imports/" + id))
                    .body(ImportDto.of(imports.job(id)));
        }
        ImportJob job = imports.importNow(Uploads.of(file));
        if (job.status() == ImportStatus.REJECTED) {
            throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, job.message() + " Импорт " + job.id() + ".",
                    job.errors().stream().map(e -> new BusinessRuleProblem.FieldError(
                            e.row() == 0 ? "файл" : "строка " + e.row() + (e.column() == null ? "" : ", «" + e.column() + "»"),
                            e.message())).toList());
        }
        if (job.status() == ImportStatus.FAILED) {
            throw new IllegalStateException(job.message());
        }
        return ResponseEntity.ok(ImportDto.of(job));
    }

    @GetMapping("/imports")
    @Operation(summary = "Последние загрузки")
    List<ImportDto> recent(@PathVariable String tenant) {
        return imports.recent().stream().map(ImportDto::of).toList();
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "Состояние загрузки: этап, обработано строк, итог или ошибки")
    ImportDto status(@PathVariable String tenant, @PathVariable UUID id) {
        return ImportDto.of(imports.job(id));
    }

    @GetMapping("/imports/template")
    @Operation(summary = "Шаблон файла импорта (format=xlsx или csv)")
    ResponseEntity<byte[]> template(@PathVariable String tenant, @RequestParam(defaultValue = "xlsx") String format)
            throws IOException {
        return template(format, organizations);
    }

    static ResponseEntity<byte[]> template(String format, OrganizationService organizations) throws IOException {
        String example = organizations.list().stream().findFirst().map(o -> o.shortName()).orElse("МБОУ СОШ №1");
        var out = new ByteArrayOutputStream();
        boolean csv = "csv".equalsIgnoreCase(format);
        if (csv) {
            new ImportTemplateWriter().writeCsv(out, example);
        } else {
            new ImportTemplateWriter().writeXlsx(out, example);
        }
        return download(out.toByteArray(), csv ? "шаблон-участники.csv" : "шаблон-участники.xlsx",
                csv ? MediaType.parseMediaType("text/csv;charset=UTF-8") : XLSX);
    }

    @GetMapping("/export")
    @Operation(summary = "Выгрузка реестра в XLSX в формате шаблона (координатор)")
    ResponseEntity<byte[]> export(@PathVariable String tenant) throws IOException {
        return export(exports);
    }

    static ResponseEntity<byte[]> export(ExportService exports) throws IOException {
        var rows = exports.rows();
        var out = new ByteArrayOutputStream();
        new XlsxRegistryExporter().write(rows, out);
        return download(out.toByteArray(), "реестр-участников.xlsx", XLSX);
    }

    static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
