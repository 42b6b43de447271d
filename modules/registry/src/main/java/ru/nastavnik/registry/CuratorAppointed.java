package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A school curator (куратор ОО) was appointed by an order. */
public record CuratorAppointed(TenantId tenantId, UUID organizationId, UUID curatorAccountId, String curatorName, String orderNumber, LocalDate orderDate) implements TenantScopedEvent {
}
