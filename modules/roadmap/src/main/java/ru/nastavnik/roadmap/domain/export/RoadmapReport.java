package ru.nastavnik.roadmap.domain.export;

import java.util.List;

/**
 * A roadmap laid out as the official table of the seed documents: title, basis, then sections of rows
 * № / Мероприятие / Сроки / Ответственные / Результат, optionally with a status column.
 *
 * @param heading e.g. {@code План мероприятий (дорожная карта)}
 * @param title the roadmap's title as printed
 * @param basis the approving document as printed (may be empty)
 * @param approval {@code Утверждена приказом № 94/1 от 20.08.2020; период: …}
 * @param withStatus whether the status column is shown
 */
public record RoadmapReport(String heading, String title, String basis, String approval, boolean withStatus,
        List<Section> sections) {

    public RoadmapReport {
        sections = List.copyOf(sections);
    }

    /** A section; number and title empty for a roadmap without sections. */
    public record Section(String number, String title, List<Row> rows) {

        public Section {
            rows = List.copyOf(rows);
        }

        public boolean isUnnamed() {
            return number.isEmpty() && title.isEmpty();
        }
    }

    /** One item. {@code status} is empty when the status column is not shown. */
    public record Row(String number, String title, String schedule, String responsible, String result, String status) {
    }
}
