package ru.nastavnik.registry;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** The contingent of an organisation for the school year starting in {@code schoolYearStart} (2020 = 2020/21): the denominators of every indicator. Re-reported figures replace the earlier ones. */
public record ContingentReported(TenantId tenantId, UUID organizationId, int schoolYearStart, int pupilsTotal, int pupils10to19, Integer pupils15to19, int teachers, int youngTeachers) implements TenantScopedEvent {
}
