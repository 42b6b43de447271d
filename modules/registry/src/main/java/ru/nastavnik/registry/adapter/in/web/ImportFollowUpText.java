package ru.nastavnik.registry.adapter.in.web;

import ru.nastavnik.platform.web.RussianFormats;
import ru.nastavnik.registry.domain.ImportFollowUp;

/** What the import page and the API say about the other sections catching up with a written import (Russian). */
final class ImportFollowUpText {

    private static final RussianFormats FORMATS = new RussianFormats();

    private ImportFollowUpText() {
    }

    /** {@code null} when the import wrote nothing the other sections learn of through its events. */
    static String of(ImportFollowUp f) {
        if (f == null) {
            return null;
        }
        if (!f.catchingUp()) {
            return "Все разделы учли загрузку: пары, показатели мониторинга и публикации отражают этот файл"
                    + (f.publications() > 0 ? " (пакетов событий обработано: " + FORMATS.number(f.publications()) + ")."
                            : ".");
        }
        String text = "Другие разделы ещё учитывают загрузку: " + String.join(", ", f.sections())
                + " (пакетов событий обработано: " + FORMATS.number(f.handled()) + " из "
                + FORMATS.number(f.publications()) + "). Пока они не закончат, пары и показатели мониторинга "
                + "не отражают этот файл.";
        if (f.failed() > 0) {
            text += " Обработка пакетов событий (" + FORMATS.number(f.failed()) + ") прервалась сбоем; "
                    + "она будет повторена автоматически в течение нескольких минут.";
        }
        return text;
    }
}
