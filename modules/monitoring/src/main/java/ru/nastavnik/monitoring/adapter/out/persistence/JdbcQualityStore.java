package ru.nastavnik.monitoring.adapter.out.persistence;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.QualityStore;
import ru.nastavnik.monitoring.domain.Questionnaire;
import ru.nastavnik.monitoring.domain.QuestionnaireResponse;
import ru.nastavnik.monitoring.domain.ReadinessItem;
import ru.nastavnik.platform.TenantContext;

/** Questionnaire answers ({@code code=value;…}) and readiness confirmations on PostgreSQL. */
@Repository
class JdbcQualityStore implements QualityStore {

	private final JdbcClient jdbc;

	JdbcQualityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(QuestionnaireResponse r) {
		String answers = new TreeMap<>(r.answers()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(";"));
		jdbc.sql("""
				insert into monitoring.questionnaire_response (tenant_id, id, programme_id, organization_id, stage,
				  respondent_role, phase, answers, submitted_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(TenantContext.require().value(), r.id(), r.programmeId(), r.organizationId(), r.questionnaire().stage(),
					r.respondentRole().name(), r.phase() == null ? null : r.phase().name(), answers, r.submittedOn())
			.update();
	}

	@Override
	public List<QuestionnaireResponse> responses(Questionnaire questionnaire, UUID programmeId, UUID organizationId) {
		return jdbc.sql("""
				select * from monitoring.questionnaire_response where stage = ?
				  and (cast(? as uuid) is null or programme_id = ?) and (cast(? as uuid) is null or organization_id = ?)""")
			.params(questionnaire.stage(), programmeId, programmeId, organizationId, organizationId)
			.query((rs, i) -> {
				var answers = new LinkedHashMap<String, Integer>();
				for (String pair : rs.getString("answers").split(";")) {
					if (!pair.isBlank()) {
						String[] kv = pair.split("=");
						answers.put(kv[0], Integer.valueOf(kv[1]));
					}
				}
				String phase = rs.getString("phase");
				return new QuestionnaireResponse(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
						rs.getObject("organization_id", UUID.class), questionnaire,
						PairRole.valueOf(rs.getString("respondent_role")),
						phase == null ? null : Questionnaire.Phase.valueOf(phase), answers,
						rs.getDate("submitted_on").toLocalDate());
			})
			.list();
	}

	@Override
	public void confirm(Confirmation c) {
		jdbc.sql("""
				insert into monitoring.readiness_confirmation (tenant_id, organization_id, item_code, confirmed, document, confirmed_on)
				values (?, ?, ?, ?, ?, ?)
				on conflict (organization_id, item_code) do update set confirmed = excluded.confirmed,
				  document = excluded.document, confirmed_on = excluded.confirmed_on""")
			.params(TenantContext.require().value(), c.organizationId(), c.item().name(), c.confirmed(), c.document(), c.on())
			.update();
	}

	@Override
	public Map<UUID, List<Confirmation>> confirmations() {
		var out = new LinkedHashMap<UUID, List<Confirmation>>();
		jdbc.sql("select * from monitoring.readiness_confirmation").query(rs -> {
			Date on = rs.getDate("confirmed_on");
			var c = new Confirmation(rs.getObject("organization_id", UUID.class), ReadinessItem.valueOf(rs.getString("item_code")),
					rs.getBoolean("confirmed"), rs.getString("document"), on == null ? null : on.toLocalDate());
			out.computeIfAbsent(c.organizationId(), k -> new ArrayList<>()).add(c);
		});
		return out;
	}
}
