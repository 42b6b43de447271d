package ru.nastavnik.registry.domain;

/** The tenant-editable catalogues. */
public enum CatalogueKind {
    COMPETENCY("Компетенции наставников"),
    REQUEST("Запросы и затруднения наставляемых");

    private final String title;

    CatalogueKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
