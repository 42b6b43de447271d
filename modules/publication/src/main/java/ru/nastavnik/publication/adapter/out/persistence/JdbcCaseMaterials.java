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

/** Plain JDBC adapter of completed pairs kept as case material: upserts by id (an event may arrive twice); row-level security limits it to the tenant. */
@Repository
class JdbcCaseMaterials implements CaseMaterials {

	private final JdbcClient jdbc;

	JdbcCaseMaterials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(CaseMaterial m) {
		jdbc.sql("""
				insert into publication.case_material (tenant_id, pair_id, form_code, organization_id, mentee_count,
				  completed_on, outcome)
				values (:tenant, :id, :form, :org, :mentees, :completed, :outcome)
				on conflict (pair_id) do update set form_code = excluded.form_code, organization_id = excluded.organization_id,
				  mentee_count = excluded.mentee_count, completed_on = excluded.completed_on, outcome = excluded.outcome""")
			.param("tenant", TenantContext.require().value())
			.param("id", m.pairId())
			.param("form", m.formCode())
			.param("org", m.organizationId())
			.param("mentees", m.menteeCount())
			.param("completed", m.completedOn())
			.param("outcome", m.outcome())
			.update();
	}

	@Override
	public Optional<CaseMaterial> byId(UUID pairId) {
		return jdbc.sql("select * from publication.case_material where pair_id = ?").param(pairId)
			.query(JdbcCaseMaterials::material).optional();
	}

	@Override
	public List<CaseMaterial> all() {
		return jdbc.sql("select * from publication.case_material order by completed_on desc nulls last")
			.query(JdbcCaseMaterials::material).list();
	}

	@Override
	public void usedBy(UUID pairId, UUID caseId) {
		jdbc.sql("update publication.case_material set used_by_case = ? where pair_id = ?").params(caseId, pairId).update();
	}

	private static CaseMaterial material(ResultSet rs, int row) throws SQLException {
		var completed = rs.getDate("completed_on");
		return new CaseMaterial(rs.getObject("pair_id", UUID.class), rs.getString("form_code"),
				rs.getObject("organization_id", UUID.class), rs.getInt("mentee_count"),
				completed == null ? null : completed.toLocalDate(), rs.getString("outcome"),
				rs.getObject("used_by_case", UUID.class));
	}
}
