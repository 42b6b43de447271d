package ru.nastavnik.registry.domain;

/** What an audit entry records. */
public enum AuditAction {
    CARD_READ("просмотр карточки"),
    CREATED("добавление"),
    CHANGED("изменение"),
    IMPORTED("импорт"),
    CONSENT_GIVEN("согласие получено"),
    CONSENT_WITHDRAWN("согласие отозвано"),
    ANONYMISED("обезличивание"),
    LEFT("выбытие"),
    EXPORTED("выгрузка реестра");

    private final String title;

    AuditAction(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
