package ru.nastavnik.publication.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Repository;

import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.Publications;

@Repository
class JdbcPublications implements Publications {

	private final PublicationRows rows;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	JdbcPublications(PublicationRows rows, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.rows = rows;
		this.jdbc = jdbc;
	}

	@Override
	public FeedVersion feedVersion() {
		return jdbc.sql("select count(*) filter (where status = 'PUBLISHED') published, max(updated_at) last_change "
				+ "from publication.publication")
			.query((rs, i) -> {
				var last = rs.getTimestamp("last_change");
				return new FeedVersion(rs.getLong("published"), last == null ? null : last.toInstant());
			})
			.single();
	}

	@Override
	public Publication save(Publication publication) {
		return rows.save(publication);
	}

	@Override
	public Optional<Publication> byId(UUID id) {
		return rows.findById(id);
	}

	@Override
	public List<Publication> all() {
		return rows.newestFirst();
	}

	@Override
	public List<Publication> casesOf(UUID organizationId) {
		return rows.casesOf(organizationId);
	}

	@Override
	public List<Publication> published() {
		return rows.published();
	}

	@Override
	public Optional<Publication> publishedById(UUID id) {
		return rows.publishedById(id);
	}

	@Override
	public List<Publication> publishedAbout(UUID participantId) {
		return rows.publishedAbout(participantId);
	}

	@Override
	public List<Publication> recommendedCases() {
		return rows.recommendedCases();
	}

	@Override
	public boolean existsForReport(UUID reportId) {
		return rows.existsForReport(reportId);
	}

	@Override
	public boolean existsDemo(String demoKey) {
		return rows.existsDemo(demoKey);
	}
}
