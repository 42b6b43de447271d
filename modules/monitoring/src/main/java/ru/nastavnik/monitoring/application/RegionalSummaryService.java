package ru.nastavnik.monitoring.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.monitoring.domain.ContingentFigures;
import ru.nastavnik.monitoring.domain.InvolvementCounts;
import ru.nastavnik.monitoring.domain.RegionalSummary;
import ru.nastavnik.monitoring.domain.RoadmapTotals;
import ru.nastavnik.monitoring.domain.SchoolYear;
import ru.nastavnik.monitoring.domain.SummaryExport;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantSummary;

/**
 * The ministry's view: every municipality of a region side by side, computed from the tenant-level counters only (one
 * grouped query per projection over the region's tenants, read-only under row-level security). No person's data is
 * read, let alone returned.
 */
@Service
public class RegionalSummaryService {

	private final TenantDirectory tenants;

	private final IndicatorService indicators;

	private final ru.nastavnik.monitoring.domain.ProjectionStore projections;

	private final SummaryExport export;

	private final TransactionTemplate readOnly;

	public RegionalSummaryService(TenantDirectory tenants, IndicatorService indicators,
			ru.nastavnik.monitoring.domain.ProjectionStore projections, SummaryExport export,
			PlatformTransactionManager transactions) {
		this.tenants = tenants;
		this.indicators = indicators;
		this.projections = projections;
		this.export = export;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public RegionalSummary summary(String regionCode, LocalDate date) {
		List<TenantSummary> members = tenants.inRegion(regionCode);
		String regionName = members.isEmpty() ? regionCode : members.get(0).regionName();
		int year = SchoolYear.startOf(date);
		return TenantContext.readAcross(members.stream().map(TenantSummary::id).toList(), () -> readOnly.execute(tx -> {
			var definitions = indicators.definitionsByTenant();
			var counts = projections.countsByTenant(date);
			var contingent = projections.contingentByTenant(year);
			var pairs = projections.activePairsByTenant(date);
			var roadmaps = projections.roadmapTotalsByTenant();
			var municipalities = new ArrayList<RegionalSummary.Municipality>();
			for (TenantSummary t : members) {
				var id = t.id().value();
				var values = IndicatorService.evaluate(definitions.getOrDefault(id, List.of()), date,
						counts.getOrDefault(id, InvolvementCounts.EMPTY), contingent.getOrDefault(id, ContingentFigures.NONE),
						null);
				municipalities.add(new RegionalSummary.Municipality(t.slug(), t.name(), values,
						roadmaps.getOrDefault(id, RoadmapTotals.NONE), pairs.getOrDefault(id, Map.of())));
			}
			return new RegionalSummary(regionCode, regionName, date, municipalities);
		}));
	}

	public byte[] xlsx(String regionCode, LocalDate date) {
		return export.xlsx(summary(regionCode, date));
	}
}
