package ru.nastavnik.roadmap.domain.template;

import java.util.List;
import java.util.Objects;

/**
 * A section of a roadmap template («1. Нормативно-правовое регулирование …»), items in document order. A
 * template whose source has no sections has exactly one unnamed section (empty number and title).
 *
 * @param number the section number as printed; empty for the unnamed section
 * @param title the section title as printed; empty for the unnamed section
 * @param items the items in document order, at least one
 */
public record TemplateSection(String number, String title, List<TemplateItem> items) {

    public TemplateSection {
        number = Whitespace.normalise(number);
        title = Whitespace.normalise(title);
        if (items == null || items.isEmpty()) {
            throw new TemplateValidationException(
                    (number.isEmpty() && title.isEmpty() ? "Раздел без названия" : "Раздел «" + label(number, title) + "»")
                            + " не содержит ни одного пункта");
        }
        if (items.stream().anyMatch(Objects::isNull)) {
            throw new TemplateValidationException("Раздел «" + label(number, title) + "» содержит пустой пункт");
        }
        items = List.copyOf(items);
    }

    /** The single section of a template printed without sections. */
    public static TemplateSection unnamed(List<TemplateItem> items) {
        return new TemplateSection("", "", items);
    }

    /** Whether this is the unnamed section of a template printed without sections. */
    public boolean isUnnamed() {
        return number.isEmpty() && title.isEmpty();
    }

    /** {@code 1. Нормативно-правовое регулирование …}, or the title alone when unnumbered. */
    public String label() {
        return label(number, title);
    }

    private static String label(String number, String title) {
        if (number.isEmpty()) {
            return title;
        }
        return title.isEmpty() ? number : number + ". " + title;
    }
}
