package ru.nastavnik.roadmap.domain.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A document that proves an occurrence done: an order, a regulation, an analytical report …
 *
 * @param kind the kind of document as it is called, e.g. {@code приказ}, {@code аналитическая справка}
 * @param number the document's number, e.g. {@code 05}, {@code 94/1}
 * @param date the document's date
 * @param title the document's title
 * @param fileRef reference to the stored file, {@code null} when no file was attached
 */
public record DocumentEvidence(String kind, String number, LocalDate date, String title, String fileRef)
        implements Evidence {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public DocumentEvidence {
        kind = Required.text(kind, "Не указан вид документа");
        number = Required.text(number, "Не указан номер документа");
        Objects.requireNonNull(date, "Не указана дата документа");
        title = Required.text(title, "Не указано название документа");
        fileRef = fileRef == null || fileRef.isBlank() ? null : fileRef.strip();
    }

    @Override
    public String summary() {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " № " + number + " от "
                + date.format(RU_DATE) + " «" + title + "»";
    }
}
