package ru.nastavnik.platform;

import java.util.List;
import java.util.Optional;

/** Looks tenants up; implemented by the platform's tenancy. */
public interface TenantDirectory {

	Optional<TenantSummary> bySlug(String slug);

	Optional<TenantSummary> byId(TenantId id);

	List<TenantSummary> inRegion(String regionCode);

	List<TenantSummary> all();

	default TenantSummary require(TenantId id) {
		return byId(id).orElseThrow(() -> new NotFoundProblem("Муниципалитет не найден"));
	}
}
