package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A pair or group as monitoring projects it. */
public record PairRecord(UUID id, String formCode, String formName, UUID organizationId, UUID programmeId, UUID orderId,
		String orderNumber, LocalDate activeFrom, LocalDate activeTo, String status) {
}
