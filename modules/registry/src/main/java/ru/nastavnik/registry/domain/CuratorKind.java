package ru.nastavnik.registry.domain;

/** A curator of an organisation (куратор ОО) or a member of the municipal base of curators. */
public enum CuratorKind {
    SCHOOL("куратор образовательной организации"),
    MUNICIPAL("муниципальный куратор");

    private final String title;

    CuratorKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
