package ru.nastavnik.roadmap.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;

import ru.nastavnik.roadmap.domain.schedule.Comparison;
import ru.nastavnik.roadmap.domain.schedule.Target;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateItem;
import ru.nastavnik.roadmap.domain.template.TemplateSection;

/** The template editor's form: the template's fields, its sections and a row per item (plus one empty row to add). */
public class TemplateForm {

    private String title = "";
    private String basis = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;
    private String comment = "";
    private List<SectionForm> sections = new ArrayList<>();
    private List<ItemForm> items = new ArrayList<>();

    public static class SectionForm {
        private String number = "";
        private String title = "";

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }

        String label() {
            return number.isBlank() && title.isBlank() ? "(без раздела)" : (number.isBlank() ? title : number + ". " + title);
        }
    }

    public static class ItemForm {
        private int section;
        private String number = "";
        private String title = "";
        private String schedule = "";
        private String targets = "";
        private String responsible = "";
        private boolean trackedPerSchool;
        private String result = "";
        private String note = "";
        private String binding = "";
        private boolean remove;

        public int getSection() { return section; }
        public void setSection(int section) { this.section = section; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSchedule() { return schedule; }
        public void setSchedule(String schedule) { this.schedule = schedule; }
        public String getTargets() { return targets; }
        public void setTargets(String targets) { this.targets = targets; }
        public String getResponsible() { return responsible; }
        public void setResponsible(String responsible) { this.responsible = responsible; }
        public boolean isTrackedPerSchool() { return trackedPerSchool; }
        public void setTrackedPerSchool(boolean trackedPerSchool) { this.trackedPerSchool = trackedPerSchool; }
        public String getResult() { return result; }
        public void setResult(String result) { this.result = result; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public String getBinding() { return binding; }
        public void setBinding(String binding) { this.binding = binding; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }

        /** An added row left empty is ignored. */
        boolean isBlank() {
            return title.isBlank() && schedule.isBlank() && number.isBlank();
        }
    }

    private static final Pattern TARGET = Pattern.compile(
            "\\s*(не менее|не более|ровно)?\\s*(\\d+(?:[.,]\\d+)?)\\s*([^;\\d]*?)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The form of a stored template. */
    static TemplateForm of(RoadmapTemplate template) {
        TemplateForm form = new TemplateForm();
        form.title = template.title();
        form.basis = template.basis();
        form.periodFrom = template.period().from();
        form.periodTo = template.period().to();
        for (int s = 0; s < template.sections().size(); s++) {
            TemplateSection section = template.sections().get(s);
            SectionForm sf = new SectionForm();
            sf.number = section.number();
            sf.title = section.title();
            form.sections.add(sf);
            for (TemplateItem item : section.items()) {
                ItemForm f = new ItemForm();
                f.section = s;
                f.number = item.number();
                f.title = item.title();
                f.schedule = item.scheduleText();
                f.targets = targets(item.targets());
                f.responsible = item.responsible();
                f.trackedPerSchool = item.trackedPerSchool();
                f.result = item.result();
                f.note = item.note();
                f.binding = item.binding() == null ? "" : item.binding().key();
                form.items.add(f);
            }
        }
        form.addEmptyRow();
        return form;
    }

    void addEmptyRow() {
        if (items.isEmpty() || !items.get(items.size() - 1).isBlank()) {
            ItemForm empty = new ItemForm();
            empty.section = Math.max(0, sections.size() - 1);
            items.add(empty);
        }
    }

    /** {@code 10 %; 20 %}, {@code не более 5}. */
    static String targets(List<Target> targets) {
        return targets.stream().map(t -> (t.comparison() == Comparison.AT_LEAST ? "" : t.comparison().russian() + " ")
                + t.value().toPlainString().replace('.', ',') + (t.unit().isEmpty() ? "" : " " + t.unit()))
                .collect(Collectors.joining("; "));
    }

    /**
     * Parses the targets text: values separated by «;», each optionally preceded by «не менее» (the default),
     * «не более» or «ровно» and followed by its unit.
     */
    static List<Target> parseTargets(String text) {
        List<Target> targets = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return targets;
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = TARGET.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("Целевое значение «" + part.strip()
                        + "» не распознано: ожидается число с единицей, например «10 %» или «не менее 10 %»");
            }
            String word = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            Comparison comparison = switch (word) {
                case "не более" -> Comparison.AT_MOST;
                case "ровно" -> Comparison.EXACTLY;
                default -> Comparison.AT_LEAST;
            };
            targets.add(new Target(new BigDecimal(m.group(2).replace(',', '.')), m.group(3), comparison));
        }
        return targets;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> sections) { this.sections = sections; }
    public List<ItemForm> getItems() { return items; }
    public void setItems(List<ItemForm> items) { this.items = items; }
}
