package ru.nastavnik.registry.domain;

/** Kinds of educational organisations (ОО) of a municipality. */
public enum OrganizationKind {
    SCHOOL("общеобразовательная организация"),
    ADDITIONAL_EDUCATION("организация дополнительного образования"),
    COLLEGE("профессиональная образовательная организация"),
    KINDERGARTEN("дошкольная образовательная организация"),
    OTHER("иная организация");

    private final String title;

    OrganizationKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
