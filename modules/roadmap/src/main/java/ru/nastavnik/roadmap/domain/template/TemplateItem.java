package ru.nastavnik.roadmap.domain.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.Schedule;
import ru.nastavnik.roadmap.domain.schedule.ScheduleParser;
import ru.nastavnik.roadmap.domain.schedule.Target;

/**
 * One item («мероприятие») of a roadmap template, transcribed as printed. All texts are stored with whitespace
 * normalised (runs collapsed, ends trimmed) and otherwise verbatim.
 *
 * @param number the number as printed ({@code 1.3}, {@code 4.2.}, {@code 12}); empty for an unnumbered item
 * @param title «Мероприятие»/«Наименование мероприятий», not blank
 * @param scheduleText the schedule wording as printed, parsed against a plan period by {@link #schedule}
 * @param targets target values, one per occurrence of the schedule in order; empty when the item has none
 * @param responsible «Ответственные»/«Исполнители» as printed; may be empty
 * @param trackedPerSchool whether each school reports this item on its own; derived from {@code responsible}
 *     by {@link ResponsibleParties#includesSchools} when built by {@link #of}, but stored so it can be overridden
 * @param result the expected result document («Результат, вид документа»); empty when the source has none
 * @param note remark of the transcriber or coordinator; empty when none
 * @param binding event of another module that completes the item by itself; {@code null} when none
 */
public record TemplateItem(
        String number,
        String title,
        String scheduleText,
        List<Target> targets,
        String responsible,
        boolean trackedPerSchool,
        String result,
        String note,
        EventBinding binding) {

    private static final ScheduleParser PARSER = new ScheduleParser();

    public TemplateItem {
        number = Whitespace.normalise(number);
        title = Whitespace.normalise(title);
        scheduleText = Whitespace.normalise(scheduleText);
        responsible = Whitespace.normalise(responsible);
        result = Whitespace.normalise(result);
        note = Whitespace.normalise(note);
        List<String> problems = new ArrayList<>();
        String reference = reference(number, title);
        if (title.isEmpty()) {
            problems.add(capitalised(reference) + ": не указано наименование мероприятия");
        }
        if (scheduleText.isEmpty()) {
            problems.add(capitalised(reference) + ": не указан срок");
        }
        if (targets == null) {
            targets = List.of();
        } else if (targets.stream().anyMatch(Objects::isNull)) {
            problems.add(capitalised(reference) + ": целевое значение не указано");
        } else {
            targets = List.copyOf(targets);
        }
        if (!problems.isEmpty()) {
            throw new TemplateValidationException(problems);
        }
    }

    /**
     * An item without targets, note or binding, tracked per school by {@link ResponsibleParties#includesSchools}.
     */
    public static TemplateItem of(String number, String title, String scheduleText, String responsible, String result) {
        return new TemplateItem(number, title, scheduleText, List.of(), responsible,
                ResponsibleParties.includesSchools(responsible), result, "", null);
    }

    /** The same item with one target per occurrence. */
    public TemplateItem withTargets(List<Target> newTargets) {
        return new TemplateItem(number, title, scheduleText, newTargets, responsible, trackedPerSchool, result, note, binding);
    }

    /** The same item with another note. */
    public TemplateItem withNote(String newNote) {
        return new TemplateItem(number, title, scheduleText, targets, responsible, trackedPerSchool, result, newNote, binding);
    }

    /** The same item bound to an event, or unbound for {@code null}. */
    public TemplateItem withBinding(EventBinding newBinding) {
        return new TemplateItem(number, title, scheduleText, targets, responsible, trackedPerSchool, result, note, newBinding);
    }

    /** The same item with per-school tracking overridden. */
    public TemplateItem withTrackedPerSchool(boolean perSchool) {
        return new TemplateItem(number, title, scheduleText, targets, responsible, perSchool, result, note, binding);
    }

    /**
     * The schedule of this item within a plan period, with its targets attached.
     *
     * @throws ru.nastavnik.roadmap.domain.schedule.ScheduleParseException when the wording does not parse there
     */
    public Schedule schedule(PlanPeriod period) {
        return PARSER.parse(scheduleText, period, targets);
    }

    /** Whether the item is printed without a number. */
    public boolean isUnnumbered() {
        return number.isEmpty();
    }

    /**
     * The number compared for uniqueness: trailing dots dropped, so {@code 4.2.} and {@code 4.2} are the same
     * item number.
     */
    public String numberKey() {
        return number.replaceAll("\\.+$", "");
    }

    /** How messages name the item: {@code пункт 1.3}, or {@code пункт без номера «Проведение публичных …»}. */
    public String reference() {
        return reference(number, title);
    }

    private static String reference(String number, String title) {
        if (!number.isEmpty()) {
            return "пункт " + number;
        }
        String shortTitle = title;
        if (title.length() > 40) {
            int cut = title.lastIndexOf(' ', 40);
            shortTitle = title.substring(0, cut > 0 ? cut : 40) + "…";
        }
        return "пункт без номера «" + shortTitle + "»";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
