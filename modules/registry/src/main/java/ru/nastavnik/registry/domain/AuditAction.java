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
    EXPORTED("выгрузка реестра"),
    INVITED("приглашение в личный кабинет"),
    INVITATION_REVOKED("приглашение отозвано"),
    ACCOUNT_CREATED("учётная запись участника создана"),
    ACCOUNT_DISABLED("учётная запись участника отключена"),
    SIGNED_IN("вход участника"),
    QUESTIONNAIRE_ANSWERED("ответы на анкету совместимости"),
    SURVEY_ANSWERED("анкета мониторинга заполнена");

    private final String title;

    AuditAction(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
