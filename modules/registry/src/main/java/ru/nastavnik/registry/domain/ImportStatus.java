package ru.nastavnik.registry.domain;

/** Stages of a bulk import. */
public enum ImportStatus {
    QUEUED("в очереди", false),
    VALIDATING("проверка строк", false),
    WRITING("запись в реестр", false),
    DONE("загружен", true),
    REJECTED("не загружен: ошибки в файле", true),
    FAILED("не загружен: сбой", true);

    private final String title;
    private final boolean finished;

    ImportStatus(String title, boolean finished) {
        this.title = title;
        this.finished = finished;
    }

    public String title() {
        return title;
    }

    public boolean finished() {
        return finished;
    }
}
