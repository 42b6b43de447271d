package ru.nastavnik.roadmap.adapter.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.template.EventBinding;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateItem;
import ru.nastavnik.roadmap.domain.template.TemplateSection;
import ru.nastavnik.roadmap.domain.template.TemplateValidationException;

/**
 * Turns the editor's form into a template, collecting the Russian problems of each row (shown beside the row: a
 * schedule that does not parse, a missing title, targets that do not match the dates) and of the template as a whole.
 */
final class TemplateEditor {

    private TemplateEditor() {
    }

    /** The template when there was no problem; otherwise the problems by row index and for the whole. */
    record Result(RoadmapTemplate template, Map<Integer, String> rowErrors, List<String> errors) {

        boolean ok() {
            return template != null;
        }
    }

    /** A key the form carries, in Russian words; a malformed one is named as it is, with the reason it is refused. */
    static String bindingTitle(String key) {
        try {
            return new EventBinding(key.strip()).title();
        } catch (IllegalArgumentException e) {
            return "неизвестное событие (" + key + ")";
        }
    }

    static Result build(String slug, TemplateForm form) {
        Map<Integer, String> rowErrors = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        PlanPeriod period = null;
        if (form.getPeriodFrom() == null || form.getPeriodTo() == null) {
            errors.add("Укажите начало и окончание периода плана");
        } else {
            try {
                period = PlanPeriod.of(form.getPeriodFrom(), form.getPeriodTo());
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        Map<Integer, List<TemplateItem>> bySection = new TreeMap<>();
        for (int i = 0; i < form.getItems().size(); i++) {
            TemplateForm.ItemForm row = form.getItems().get(i);
            if (row.isRemove() || row.isBlank()) {
                continue;
            }
            try {
                EventBinding binding = row.getBinding() == null || row.getBinding().isBlank() ? null
                        : new EventBinding(row.getBinding().strip());
                TemplateItem item = new TemplateItem(row.getNumber(), row.getTitle(), row.getSchedule(),
                        TemplateForm.parseTargets(row.getTargets()), row.getResponsible(), row.isTrackedPerSchool(),
                        row.getResult(), row.getNote(), binding);
                if (period != null) {
                    item.schedule(period);
                }
                int section = Math.min(Math.max(row.getSection(), 0), Math.max(form.getSections().size() - 1, 0));
                bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(item);
            } catch (TemplateValidationException e) {
                rowErrors.put(i, String.join("; ", e.problems()));
            } catch (IllegalArgumentException e) {
                rowErrors.put(i, e.getMessage());
            }
        }
        if (bySection.isEmpty() && rowErrors.isEmpty()) {
            errors.add("В шаблоне не осталось ни одного пункта");
        }
        if (!rowErrors.isEmpty() || !errors.isEmpty()) {
            return new Result(null, rowErrors, errors);
        }
        List<TemplateSection> sections = new ArrayList<>();
        for (var entry : bySection.entrySet()) {
            TemplateForm.SectionForm s = form.getSections().isEmpty() ? new TemplateForm.SectionForm()
                    : form.getSections().get(entry.getKey());
            sections.add(new TemplateSection(s.getNumber(), s.getTitle(), entry.getValue()));
        }
        try {
            return new Result(new RoadmapTemplate(slug, form.getTitle(), form.getBasis(), period, sections), rowErrors, errors);
        } catch (TemplateValidationException e) {
            return new Result(null, rowErrors, e.problems());
        }
    }
}
