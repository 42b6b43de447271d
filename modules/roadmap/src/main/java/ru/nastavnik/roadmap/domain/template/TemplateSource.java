package ru.nastavnik.roadmap.domain.template;

/** How a version of a tenant's template came to be. */
public enum TemplateSource {
    /** Loaded from the template shipped with the product for this tenant. */
    BUNDLED("из поставки"),
    /** Saved from the template editor. */
    EDITED("изменён координатором"),
    /** Imported from a JSON file. */
    IMPORTED("импортирован из файла"),
    /** Copied from another tenant's template. */
    COPIED("скопирован у другого муниципалитета");

    private final String title;

    TemplateSource(String title) {
        this.title = title;
    }

    /** Russian description for the version list. */
    public String title() {
        return title;
    }
}
