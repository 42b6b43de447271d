package ru.nastavnik.roadmap.domain.schedule;

/** The kinds of schedule wording found in the municipal roadmaps. */
public enum ScheduleKind {
    /** A single date: {@code 01.06.2020}. */
    EXACT_DATE("Дата"),
    /** «до …»: {@code до 30 января 2023 г.}, {@code до 30. 01.2023 г.}. */
    DEADLINE("Крайний срок"),
    /** A month, with or without a year: {@code Август 2020г.}, {@code Сентябрь}. */
    MONTH("Месяц"),
    /** A range of months: {@code Февраль-апрель}, {@code март – декабрь 2023 г.}. */
    MONTH_RANGE("Период месяцев"),
    /** A list of dates, each tracked on its own: {@code 30.09.2020 30.09.2021 … 30.09.2024}. */
    RECURRING_DATES("Список дат"),
    /** Throughout the period: {@code в течение года}, {@code постоянно}, {@code в течение всего периода}. */
    CONTINUOUS("Постоянно"),
    /** {@code по необходимости}. */
    ON_DEMAND("По необходимости"),
    /** Set by another body: {@code по плану ДИРО}, {@code в соответствии со сроками реализации программ}. */
    EXTERNAL("По плану другой организации");

    private final String title;

    ScheduleKind(String title) {
        this.title = title;
    }

    /** Russian name of the kind for the interface. */
    public String title() {
        return title;
    }
}
