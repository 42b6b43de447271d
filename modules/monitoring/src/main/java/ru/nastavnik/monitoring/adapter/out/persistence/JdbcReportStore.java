package ru.nastavnik.monitoring.adapter.out.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.Report;
import ru.nastavnik.monitoring.domain.ReportContent;
import ru.nastavnik.monitoring.domain.ReportStore;
import ru.nastavnik.platform.TenantContext;
import tools.jackson.databind.json.JsonMapper;

/** Reports on PostgreSQL; the frozen content as JSON. */
@Repository
class JdbcReportStore implements ReportStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	JdbcReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(Report r) {
		jdbc.sql("""
				insert into monitoring.report (tenant_id, id, title, report_date, status, content, conclusions, created_on, approved_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set title = excluded.title, status = excluded.status,
				  conclusions = excluded.conclusions, approved_on = excluded.approved_on,
				  version = monitoring.report.version + 1""")
			.params(TenantContext.require().value(), r.id(), r.title(), r.date(), r.status().name(),
					JSON.writeValueAsString(r.content()), r.conclusions(), r.createdOn(), r.approvedOn())
			.update();
	}

	private static Report report(ResultSet rs) throws SQLException {
		Date approved = rs.getDate("approved_on");
		return new Report(rs.getObject("id", UUID.class), rs.getString("title"), rs.getDate("report_date").toLocalDate(),
				Report.Status.valueOf(rs.getString("status")), JSON.readValue(rs.getString("content"), ReportContent.class),
				rs.getString("conclusions"), rs.getDate("created_on").toLocalDate(),
				approved == null ? null : approved.toLocalDate());
	}

	@Override
	public Optional<Report> byId(UUID id) {
		return jdbc.sql("select * from monitoring.report where id = ?").param(id).query((rs, i) -> report(rs)).optional();
	}

	@Override
	public List<Report> list() {
		return jdbc.sql("select * from monitoring.report order by report_date desc, created_on desc").query((rs, i) -> report(rs)).list();
	}
}
