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

/** Plain JDBC adapter of the projection of the registry's organisations: upserts by id (an event may arrive twice); row-level security limits it to the tenant. */
@Repository
class JdbcOrganizations implements Organizations {

	private final JdbcClient jdbc;

	JdbcOrganizations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(Organization o) {
		jdbc.sql("""
				insert into publication.organization (tenant_id, organization_id, name, short_name)
				values (:tenant, :id, :name, :short)
				on conflict (organization_id) do update set name = excluded.name, short_name = excluded.short_name""")
			.param("tenant", TenantContext.require().value())
			.param("id", o.id())
			.param("name", o.name())
			.param("short", o.shortName())
			.update();
	}

	@Override
	public Optional<Organization> byId(UUID id) {
		return jdbc.sql("select * from publication.organization where organization_id = ?").param(id)
			.query(JdbcOrganizations::organization).optional();
	}

	@Override
	public List<Organization> all() {
		return jdbc.sql("select * from publication.organization order by coalesce(short_name, name)")
			.query(JdbcOrganizations::organization).list();
	}

	private static Organization organization(ResultSet rs, int row) throws SQLException {
		return new Organization(rs.getObject("organization_id", UUID.class), rs.getString("name"),
				rs.getString("short_name"));
	}
}
