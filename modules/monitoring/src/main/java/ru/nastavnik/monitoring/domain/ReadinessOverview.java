package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;

/** The readiness of all schools of a tenant, with the share of schools lacking documents. */
public record ReadinessOverview(List<SchoolReadiness> schools) {

	public long lackingDocuments() {
		return schools.stream().filter(SchoolReadiness::lacksDocuments).count();
	}

	public long ready() {
		return schools.stream().filter(SchoolReadiness::ready).count();
	}

	public BigDecimal shareLackingDocuments() {
		return Percent.of(lackingDocuments(), schools.size());
	}

	public BigDecimal shareReady() {
		return Percent.of(ready(), schools.size());
	}
}
