package ru.nastavnik.publication.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.Publications;

/**
 * The one place where this module reads across tenants: best-practice cases a coordinator recommended for the region,
 * read by the region's ministry viewers and by the region's other municipalities. The read runs in its own read-only
 * transaction in {@link TenantContext#readAcross} of exactly the region's tenants (row-level security stops it at the
 * region's border) and returns only published and recommended cases (the query's filter) — nothing else crosses.
 */
@Service
public class RegionalCases {

	/** A recommended case with the municipality it comes from. */
	public record RegionalCase(Publication publication, TenantSummary municipality) {
	}

	private final Publications publications;

	private final TenantDirectory tenants;

	private final TransactionTemplate readOnly;

	RegionalCases(Publications publications, TenantDirectory tenants, PlatformTransactionManager transactions) {
		this.publications = publications;
		this.tenants = tenants;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public List<RegionalCase> recommendedIn(String regionCode) {
		Map<TenantId, TenantSummary> region = tenants.inRegion(regionCode).stream()
			.collect(Collectors.toMap(TenantSummary::id, Function.identity()));
		if (region.isEmpty()) {
			return List.of();
		}
		List<Publication> cases = TenantContext.readAcross(region.keySet(),
				() -> readOnly.execute(status -> publications.recommendedCases()));
		return cases.stream()
			.filter(p -> p.isPublished() && p.recommended() && region.containsKey(p.tenantId()))
			.map(p -> new RegionalCase(p, region.get(p.tenantId())))
			.toList();
	}

	public RegionalCase recommendedCase(String regionCode, UUID id) {
		return recommendedIn(regionCode).stream().filter(c -> c.publication().id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundProblem("Кейс не найден среди рекомендованных для региона"));
	}
}
