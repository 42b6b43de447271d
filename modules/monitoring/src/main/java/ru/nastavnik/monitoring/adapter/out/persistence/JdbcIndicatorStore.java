package ru.nastavnik.monitoring.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.Denominator;
import ru.nastavnik.monitoring.domain.IndicatorDefinition;
import ru.nastavnik.monitoring.domain.IndicatorStore;
import ru.nastavnik.monitoring.domain.Numerator;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.Target;
import ru.nastavnik.platform.TenantContext;

/** Indicator definitions and targets on PostgreSQL. */
@Repository
class JdbcIndicatorStore implements IndicatorStore {

	private final JdbcClient jdbc;

	JdbcIndicatorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID tenant, IndicatorDefinition definition) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		String bands = rs.getString("num_age_bands");
		String role = rs.getString("num_pair_role");
		var numerator = new Numerator(rs.getString("num_category"), role == null ? null : PairRole.valueOf(role),
				rs.getString("num_form_code"),
				bands == null || bands.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(bands.split(","))),
				rs.getObject("num_young_teacher", Boolean.class), rs.getObject("num_trained", Boolean.class));
		return new Row(rs.getObject("tenant_id", UUID.class),
				new IndicatorDefinition(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
						rs.getString("description"), rs.getString("source"), rs.getInt("sort_order"), numerator,
						Denominator.valueOf(rs.getString("denominator")), List.of()));
	}

	private List<Row> load() {
		var rows = jdbc.sql("select * from monitoring.indicator order by tenant_id, sort_order, code").query((rs, i) -> row(rs)).list();
		var targets = new HashMap<UUID, List<Target>>();
		jdbc.sql("select indicator_id, target_date, value from monitoring.indicator_target").query(rs -> {
			targets.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new ArrayList<>())
				.add(new Target(rs.getDate("target_date").toLocalDate(), rs.getBigDecimal("value")));
		});
		return rows.stream()
			.map(r -> new Row(r.tenant(), r.definition().withTargets(targets.getOrDefault(r.definition().id(), List.of()))))
			.toList();
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return load().stream().map(Row::definition).toList();
	}

	@Override
	public Map<UUID, List<IndicatorDefinition>> definitionsByTenant() {
		var out = new LinkedHashMap<UUID, List<IndicatorDefinition>>();
		for (Row r : load()) {
			out.computeIfAbsent(r.tenant(), k -> new ArrayList<>()).add(r.definition());
		}
		return out;
	}

	@Override
	public void save(IndicatorDefinition d) {
		var n = d.numerator();
		jdbc.sql("""
				insert into monitoring.indicator (tenant_id, id, code, name, description, source, sort_order, num_category,
				  num_pair_role, num_form_code, num_age_bands, num_young_teacher, num_trained, denominator)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, code) do nothing""")
			.params(TenantContext.require().value(), d.id(), d.code(), d.name(), d.description(), d.source(),
					d.sortOrder(), n.category(), n.pairRole() == null ? null : n.pairRole().name(), n.formCode(),
					n.ageBands().stream().sorted().collect(Collectors.joining(",")), n.youngTeacher(), n.trained(),
					d.denominator().name())
			.update();
		UUID id = jdbc.sql("select id from monitoring.indicator where code = ?").param(d.code()).query(UUID.class).single();
		if (id.equals(d.id())) {
			replaceTargets(id, d.targets());
		}
	}

	@Override
	public void replaceTargets(UUID indicatorId, List<Target> targets) {
		jdbc.sql("delete from monitoring.indicator_target where indicator_id = ?").param(indicatorId).update();
		UUID tenant = TenantContext.require().value();
		for (Target t : targets) {
			BigDecimal value = t.value();
			jdbc.sql("insert into monitoring.indicator_target (tenant_id, indicator_id, target_date, value) values (?, ?, ?, ?)")
				.params(tenant, indicatorId, t.date(), value)
				.update();
		}
	}
}
