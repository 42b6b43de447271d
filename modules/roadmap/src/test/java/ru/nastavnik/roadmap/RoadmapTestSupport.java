package ru.nastavnik.roadmap;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;
import ru.nastavnik.roadmap.domain.tracking.Roadmap;
import ru.nastavnik.roadmap.domain.tracking.RoadmapItem;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

/** Reads a demo tenant's roadmap straight from the module's port, inside that tenant, for the tests' assertions. */
final class RoadmapTestSupport {

	private final TenantDirectory tenants;

	private final Roadmaps roadmaps;

	private final TransactionTemplate tx;

	RoadmapTestSupport(TenantDirectory tenants, Roadmaps roadmaps, PlatformTransactionManager transactions) {
		this.tenants = tenants;
		this.roadmaps = roadmaps;
		this.tx = new TransactionTemplate(transactions);
	}

	TenantId tenant(String slug) {
		return tenants.bySlug(slug).orElseThrow().id();
	}

	<T> T in(String slug, Supplier<T> action) {
		return TenantContext.get(tenant(slug), () -> tx.execute(s -> action.get()));
	}

	/** The demo roadmap: the first adopted in the tenant (tests may adopt more). */
	Roadmap demoRoadmap(String slug) {
		return in(slug, () -> roadmaps.all().stream().min(Comparator.comparing(Roadmap::adoptedAt)).orElseThrow());
	}

	RoadmapItem item(String slug, String number) {
		UUID roadmap = demoRoadmap(slug).id();
		return in(slug, () -> roadmaps.items(roadmap).stream()
			.filter(i -> i.number().replaceAll("\\.+$", "").equals(number))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item " + number + " in " + slug)));
	}

	UUID itemId(String slug, String number) {
		return item(slug, number).id();
	}

	/** The first occurrence of the demo roadmap that is still planned (a test can start it). */
	Occurrence firstPlanned(String slug) {
		UUID roadmap = demoRoadmap(slug).id();
		return in(slug, () -> roadmaps.items(roadmap).stream()
			.flatMap(i -> roadmaps.occurrencesOfItem(i.id()).stream())
			.filter(o -> o.status() == ru.nastavnik.roadmap.domain.progress.OccurrenceStatus.PLANNED)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no planned occurrence in " + slug)));
	}

	List<Occurrence> occurrences(String slug, UUID itemId) {
		return in(slug, () -> roadmaps.occurrencesOfItem(itemId));
	}
}
