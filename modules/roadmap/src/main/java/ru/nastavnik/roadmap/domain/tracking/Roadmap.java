package ru.nastavnik.roadmap.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.roadmap.domain.PlanPeriod;

/**
 * A roadmap adopted by an order for a period from one version of the tenant's template.
 *
 * @param id identifier
 * @param templateVersionId the template version it was adopted from (kept when the template changes later)
 * @param templateVersionNumber that version's number
 * @param title the title as printed in the template
 * @param basis the approving document as printed in the template (may be empty)
 * @param period the plan period
 * @param orderNumber number of the approving order, e.g. {@code 94/1}
 * @param orderDate date of the approving order
 * @param adoptedAt when it was adopted in the system
 * @param adoptedBy who adopted it
 */
public record Roadmap(UUID id, UUID templateVersionId, int templateVersionNumber, String title, String basis,
        PlanPeriod period, String orderNumber, LocalDate orderDate, Instant adoptedAt, String adoptedBy) {

    public Roadmap {
        Objects.requireNonNull(id, "Не указан идентификатор дорожной карты");
        Objects.requireNonNull(templateVersionId, "Не указана версия шаблона");
        Objects.requireNonNull(title, "Не указано наименование");
        basis = basis == null ? "" : basis;
        Objects.requireNonNull(period, "Не указан период");
        Objects.requireNonNull(orderNumber, "Не указан номер приказа");
        Objects.requireNonNull(orderDate, "Не указана дата приказа");
        Objects.requireNonNull(adoptedAt, "Не указано время утверждения");
        adoptedBy = adoptedBy == null || adoptedBy.isBlank() ? "система" : adoptedBy;
    }

    /** {@code приказ № 94/1 от 20.08.2020}. */
    public String orderLabel() {
        return "приказ № " + orderNumber + " от " + orderDate.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
