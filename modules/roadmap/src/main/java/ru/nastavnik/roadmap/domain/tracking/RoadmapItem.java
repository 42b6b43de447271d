package ru.nastavnik.roadmap.domain.tracking;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.roadmap.domain.schedule.ScheduleKind;
import ru.nastavnik.roadmap.domain.template.EventBinding;

/**
 * An item of an adopted roadmap: a copy of the template item it came from, so that later edits of the template do
 * not change a roadmap in progress.
 *
 * @param position order of the item in the roadmap (0, 1, …)
 * @param sectionNumber number of its section as printed, empty for an unsectioned roadmap
 * @param sectionTitle title of its section, empty for an unsectioned roadmap
 * @param binding the event key that completes it by itself, {@code null} when none
 */
public record RoadmapItem(UUID id, UUID roadmapId, int position, String sectionNumber, String sectionTitle,
        String number, String title, ScheduleKind scheduleKind, String scheduleText, String responsible,
        String result, String note, boolean trackedPerSchool, EventBinding binding) {

    public RoadmapItem {
        Objects.requireNonNull(id, "Не указан идентификатор пункта");
        Objects.requireNonNull(roadmapId, "Не указана дорожная карта");
        Objects.requireNonNull(title, "Не указано наименование пункта");
        Objects.requireNonNull(scheduleKind, "Не указан вид срока");
        Objects.requireNonNull(scheduleText, "Не указан срок");
        sectionNumber = sectionNumber == null ? "" : sectionNumber;
        sectionTitle = sectionTitle == null ? "" : sectionTitle;
        number = number == null ? "" : number;
        responsible = responsible == null ? "" : responsible;
        result = result == null ? "" : result;
        note = note == null ? "" : note;
    }

    /** {@code пункт 1.3}, or {@code пункт «Проведение публичных…»} for an unnumbered item. */
    public String reference() {
        if (!number.isEmpty()) {
            return "пункт " + number;
        }
        return "пункт «" + (title.length() > 40 ? title.substring(0, 40) + "…" : title) + "»";
    }

    /** {@code 1.3}, or {@code —} for an unnumbered item. */
    public String displayNumber() {
        return number.isEmpty() ? "—" : number;
    }
}
