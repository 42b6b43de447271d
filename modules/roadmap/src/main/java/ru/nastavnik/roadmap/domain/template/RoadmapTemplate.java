package ru.nastavnik.roadmap.domain.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.ScheduleParseException;

/**
 * A municipality's roadmap template («план мероприятий (дорожная карта)»), transcribed from its order: the
 * sections and items in document order, numbered as printed.
 *
 * <p>Invariants, checked on construction, every violation reported at once in a
 * {@link TemplateValidationException} with Russian messages: the tenant slug is well formed, the title is not
 * blank, there is a default period and at least one section, section numbers and item numbers are unique within
 * the template (unnumbered items aside; {@code 4.2.} equals {@code 4.2}), and every item's schedule parses within
 * the default period with as many targets as occurrences. Dates before or after the period are allowed: the
 * seeds put preparatory steps before the period they name (Michurinsk's June 2020 items of the 2020/21 school
 * year).
 *
 * @param tenantSlug the tenant (municipality) the template belongs to, e.g. {@code sasovo}
 * @param title the title as printed
 * @param basis the document that approved the roadmap as printed, e.g. {@code приказ … от 20.01.2023г. № 05};
 *     empty when the source names none
 * @param period the default plan period
 * @param sections sections in document order; one unnamed section when the source has none
 */
public record RoadmapTemplate(
        String tenantSlug, String title, String basis, PlanPeriod period, List<TemplateSection> sections) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public RoadmapTemplate {
        tenantSlug = tenantSlug == null ? "" : tenantSlug.strip();
        title = Whitespace.normalise(title);
        basis = Whitespace.normalise(basis);
        if (sections != null && sections.stream().anyMatch(Objects::isNull)) {
            throw new TemplateValidationException("Дорожная карта содержит пустой раздел");
        }
        sections = sections == null ? List.of() : List.copyOf(sections);
        validate(tenantSlug, title, period, sections);
    }

    /** All items of all sections in document order. */
    public List<TemplateItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** The item printed with this number ({@code 4.2} finds {@code 4.2.}); empty for unknown or blank numbers. */
    public Optional<TemplateItem> item(String number) {
        String key = number == null ? "" : number.strip().replaceAll("\\.+$", "");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return items().stream().filter(i -> i.numberKey().equals(key)).findFirst();
    }

    /** Whether the source was printed without sections (one unnamed section). */
    public boolean isUnsectioned() {
        return sections.size() == 1 && sections.get(0).isUnnamed();
    }

    /** The same template for another default period; validated again, since schedules must parse in it. */
    public RoadmapTemplate withPeriod(PlanPeriod newPeriod) {
        return new RoadmapTemplate(tenantSlug, title, basis, newPeriod, sections);
    }

    /** A copy of this template for another tenant (a coordinator importing a neighbour's template). */
    public RoadmapTemplate forTenant(String newTenantSlug) {
        return new RoadmapTemplate(newTenantSlug, title, basis, period, sections);
    }

    private static void validate(String slug, String title, PlanPeriod period, List<TemplateSection> sections) {
        List<String> problems = new ArrayList<>();
        if (!SLUG.matcher(slug).matches()) {
            problems.add("Код муниципалитета «" + slug
                    + "» должен состоять из строчных латинских букв, цифр и дефисов, например «sasovo»");
        }
        if (title.isEmpty()) {
            problems.add("Не указано наименование дорожной карты");
        }
        if (period == null) {
            problems.add("Не указан период плана");
        }
        if (sections.isEmpty()) {
            problems.add("Дорожная карта не содержит ни одного раздела");
        }
        Set<String> sectionNumbers = new HashSet<>();
        Set<String> itemNumbers = new HashSet<>();
        for (TemplateSection section : sections) {
            String sectionKey = section.number().replaceAll("\\.+$", "");
            if (!sectionKey.isEmpty() && !sectionNumbers.add(sectionKey)) {
                problems.add("Номер раздела «" + section.number() + "» повторяется");
            }
            for (TemplateItem item : section.items()) {
                if (!item.isUnnumbered() && !itemNumbers.add(item.numberKey())) {
                    problems.add("Номер пункта «" + item.number() + "» повторяется");
                }
                if (period != null) {
                    try {
                        item.schedule(period);
                    } catch (ScheduleParseException e) {
                        problems.add(capitalised(item.reference()) + ": " + e.getMessage());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateValidationException(problems);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
