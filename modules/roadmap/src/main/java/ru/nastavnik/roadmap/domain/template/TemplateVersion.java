package ru.nastavnik.roadmap.domain.template;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One saved version of a tenant's template. Versions are immutable: every save appends the next number, and a
 * roadmap keeps the version it was adopted from.
 *
 * @param id identifier of the version
 * @param number 1, 2, … within the tenant
 * @param content the template in its canonical JSON form (TEMPLATE-FORMAT.md)
 * @param source how the version came to be
 * @param comment the coordinator's remark (what changed), or where it was copied from; may be empty
 * @param createdAt when it was saved
 * @param createdBy who saved it (a user name, or {@code система})
 */
public record TemplateVersion(UUID id, int number, String content, TemplateSource source, String comment,
        Instant createdAt, String createdBy) {

    public TemplateVersion {
        Objects.requireNonNull(id, "Не указан идентификатор версии");
        if (number < 1) {
            throw new IllegalArgumentException("Номер версии шаблона должен быть не меньше 1");
        }
        Objects.requireNonNull(content, "Не указано содержимое шаблона");
        Objects.requireNonNull(source, "Не указан источник версии");
        comment = comment == null ? "" : comment.strip();
        Objects.requireNonNull(createdAt, "Не указано время сохранения");
        createdBy = createdBy == null || createdBy.isBlank() ? "система" : createdBy.strip();
    }
}
