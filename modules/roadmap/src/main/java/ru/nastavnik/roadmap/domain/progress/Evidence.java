package ru.nastavnik.roadmap.domain.progress;

/**
 * What proves that an occurrence is done: a document, a link, or a fact the system itself observed.
 */
public sealed interface Evidence permits DocumentEvidence, LinkEvidence, EventEvidence {

    /** A one-line Russian description, e.g. {@code Приказ № 12 от 01.02.2023 «О закреплении наставнических пар»}. */
    String summary();

}
