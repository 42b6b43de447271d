package ru.nastavnik.monitoring.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.Snapshot;
import ru.nastavnik.monitoring.domain.SnapshotStore;
import ru.nastavnik.platform.TenantContext;

/** Snapshots on PostgreSQL; the application role may insert and read them, never update or delete (see V2). */
@Repository
class JdbcSnapshotStore implements SnapshotStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcSnapshotStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public void add(Snapshot s) {
		UUID tenant = TenantContext.require().value();
		jdbc.sql("insert into monitoring.snapshot (tenant_id, id, snapshot_date, title, taken_at) values (?, ?, ?, ?, ?)")
			.params(tenant, s.id(), s.date(), s.title(), Timestamp.from(s.takenAt()))
			.update();
		template.batchUpdate("""
				insert into monitoring.snapshot_value (tenant_id, snapshot_id, indicator_code, indicator_name, organization_id,
				  numerator, denominator, value, target, on_track) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				s.values().stream()
					.map(v -> new Object[] { tenant, s.id(), v.code(), v.name(), v.organizationId(), v.numerator(),
							v.denominator(), v.value(), v.target(), v.onTrack() })
					.toList());
	}

	@Override
	public List<Snapshot> list() {
		return load(null);
	}

	@Override
	public Optional<Snapshot> byId(UUID id) {
		return load(id).stream().findFirst();
	}

	/** Values are computed with one decimal; the column keeps two. */
	private static java.math.BigDecimal scale1(java.math.BigDecimal v) {
		return v == null ? null : v.setScale(1, java.math.RoundingMode.HALF_UP);
	}

	private List<Snapshot> load(UUID only) {
		var values = new HashMap<UUID, List<Snapshot.Value>>();
		jdbc.sql("select * from monitoring.snapshot_value where (cast(? as uuid) is null or snapshot_id = ?) "
				+ "order by organization_id nulls first, indicator_code")
			.params(only, only)
			.query(rs -> {
				values.computeIfAbsent(rs.getObject("snapshot_id", UUID.class), k -> new ArrayList<>())
					.add(new Snapshot.Value(rs.getString("indicator_code"), rs.getString("indicator_name"),
							rs.getObject("organization_id", UUID.class), rs.getInt("numerator"), rs.getInt("denominator"),
							scale1(rs.getBigDecimal("value")), rs.getBigDecimal("target"), rs.getObject("on_track", Boolean.class)));
			});
		return jdbc.sql("select * from monitoring.snapshot where (cast(? as uuid) is null or id = ?) order by snapshot_date desc, taken_at desc")
			.params(only, only)
			.query((rs, i) -> new Snapshot(rs.getObject("id", UUID.class), rs.getDate("snapshot_date").toLocalDate(),
					rs.getString("title"), rs.getTimestamp("taken_at").toInstant(),
					values.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}
}
