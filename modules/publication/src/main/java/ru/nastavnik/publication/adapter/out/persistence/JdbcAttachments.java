package ru.nastavnik.publication.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.publication.domain.Attachment;
import ru.nastavnik.publication.domain.Attachments;
import ru.nastavnik.publication.domain.CaseMaterial;
import ru.nastavnik.publication.domain.CaseMaterials;
import ru.nastavnik.publication.domain.FileType;
import ru.nastavnik.publication.domain.Organization;
import ru.nastavnik.publication.domain.Organizations;
import ru.nastavnik.publication.domain.People;
import ru.nastavnik.publication.domain.Person;
import ru.nastavnik.publication.domain.PersonNameMatcher;

/** Plain JDBC adapter of files of publications: upserts by id (an event may arrive twice); row-level security limits it to the tenant. */
@Repository
class JdbcAttachments implements Attachments {

	private final JdbcClient jdbc;

	JdbcAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(Attachment a, byte[] content) {
		jdbc.sql("""
				insert into publication.attachment (id, tenant_id, publication_id, file_name, content_type, type_label,
				  size_bytes, content, created_at)
				values (:id, :tenant, :publication, :name, :type, :label, :size, :content, :created)""")
			.param("id", a.id())
			.param("tenant", TenantContext.require().value())
			.param("publication", a.publicationId())
			.param("name", a.fileName())
			.param("type", a.type().mediaType())
			.param("label", a.type().name())
			.param("size", a.size())
			.param("content", content)
			.param("created", Timestamp.from(a.createdAt()))
			.update();
	}

	@Override
	public Optional<Attachment> byId(UUID id) {
		return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from publication.attachment where id = ?").param(id)
			.query(JdbcAttachments::attachment).optional();
	}

	@Override
	public List<Attachment> of(UUID publicationId) {
		return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from publication.attachment where publication_id = ? order by created_at")
			.param(publicationId).query(JdbcAttachments::attachment).list();
	}

	@Override
	public byte[] content(UUID id) {
		return jdbc.sql("select content from publication.attachment where id = ?").param(id).query(byte[].class).single();
	}

	@Override
	public void delete(UUID id) {
		jdbc.sql("delete from publication.attachment where id = ?").param(id).update();
	}

	private static final String ATTACHMENT_COLUMNS = "id, publication_id, file_name, type_label, size_bytes, created_at";

	private static Attachment attachment(ResultSet rs, int row) throws SQLException {
		return new Attachment(rs.getObject("id", UUID.class), rs.getObject("publication_id", UUID.class),
				rs.getString("file_name"), FileType.valueOf(rs.getString("type_label")), rs.getLong("size_bytes"),
				rs.getTimestamp("created_at").toInstant());
	}
}
