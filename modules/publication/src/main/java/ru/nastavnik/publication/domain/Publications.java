package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Repository port of {@link Publication}s. Reads see exactly the tenants of the current scope (row-level security). */
public interface Publications {

	Publication save(Publication publication);

	Optional<Publication> byId(UUID id);

	/** Everything of the tenant, newest first. */
	List<Publication> all();

	/** The cases of one organisation, newest first (a school curator's view). */
	List<Publication> casesOf(UUID organizationId);

	/** Published items, newest publication first. */
	List<Publication> published();

	Optional<Publication> publishedById(UUID id);

	/** Published items about a participant (a best mentor's entry). */
	List<Publication> publishedAbout(UUID participantId);

	/** Published cases recommended for the region, in whatever tenants the scope can read. */
	List<Publication> recommendedCases();

	boolean existsForReport(UUID reportId);

	/**
	 * What the public section's feed depends on, read without loading it: how many items are published, and the
	 * latest change of any item (a publication, an edit, a withdrawal).
	 */
	FeedVersion feedVersion();

	/** @param lastChange {@code null} when the tenant has no publications */
	record FeedVersion(long published, java.time.Instant lastChange) {
	}

	boolean existsDemo(String demoKey);
}
