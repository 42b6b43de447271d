package ru.nastavnik.registry.adapter.in.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.web.multipart.MultipartFile;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.registry.application.ImportService;

/** Copies an uploaded file to a temporary file the import job reads (and deletes). */
final class Uploads {

    private Uploads() {
    }

    static ImportService.Upload of(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw BusinessRuleProblem.invalid("file", "Выберите файл со списком участников (XLSX или CSV)");
        }
        try {
            Path tmp = Files.createTempFile("registry-import-", ".upload");
            file.transferTo(tmp);
            return new ImportService.Upload(file.getOriginalFilename(), tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
