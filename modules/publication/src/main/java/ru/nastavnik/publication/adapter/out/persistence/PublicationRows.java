package ru.nastavnik.publication.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import ru.nastavnik.publication.domain.Publication;

/** Spring Data JDBC over {@code publication.publication}; row-level security limits every query to the scope. */
interface PublicationRows extends ListCrudRepository<Publication, UUID> {

	@Query("select * from publication.publication order by updated_at desc")
	List<Publication> newestFirst();

	@Query("select * from publication.publication where kind = 'CASE' and organization_id = :organizationId order by updated_at desc")
	List<Publication> casesOf(UUID organizationId);

	@Query("select * from publication.publication where status = 'PUBLISHED' order by published_at desc")
	List<Publication> published();

	@Query("select * from publication.publication where status = 'PUBLISHED' and id = :id")
	Optional<Publication> publishedById(UUID id);

	@Query("select * from publication.publication where status = 'PUBLISHED' and mentor_id = :participantId")
	List<Publication> publishedAbout(UUID participantId);

	@Query("select * from publication.publication where kind = 'CASE' and status = 'PUBLISHED' and recommended order by published_at desc")
	List<Publication> recommendedCases();

	@Query("select count(*) > 0 from publication.publication where source_report_id = :reportId")
	boolean existsForReport(UUID reportId);

	@Query("select count(*) > 0 from publication.publication where demo_key = :demoKey")
	boolean existsDemo(String demoKey);
}
