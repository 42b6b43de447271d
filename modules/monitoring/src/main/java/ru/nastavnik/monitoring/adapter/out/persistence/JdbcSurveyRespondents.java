package ru.nastavnik.monitoring.adapter.out.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.Questionnaire;
import ru.nastavnik.monitoring.domain.SurveyRespondents;
import ru.nastavnik.platform.TenantContext;

@Repository
class JdbcSurveyRespondents implements SurveyRespondents {

	private final JdbcClient jdbc;

	JdbcSurveyRespondents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean mark(UUID participantId, UUID programmeId, int stage, Questionnaire.Phase phase, LocalDate on) {
		return jdbc.sql("""
				insert into monitoring.survey_respondent (tenant_id, participant_id, programme_id, stage, phase, answered_on)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(TenantContext.require().value(), participantId, programmeId, stage, phase == null ? "" : phase.name(),
					Date.valueOf(on))
			.update() == 1;
	}

	@Override
	public List<Mark> marks(UUID participantId) {
		return jdbc.sql("select programme_id, stage, phase, answered_on from monitoring.survey_respondent "
				+ "where participant_id = ? order by answered_on")
			.param(participantId)
			.query((rs, n) -> new Mark(rs.getObject("programme_id", UUID.class), rs.getInt("stage"),
					rs.getString("phase").isEmpty() ? null : Questionnaire.Phase.valueOf(rs.getString("phase")),
					rs.getDate("answered_on").toLocalDate()))
			.list();
	}

	@Override
	public Optional<String> programmeTitle(UUID programmeId) {
		return jdbc.sql("select title from monitoring.programme where id = ?").param(programmeId).query(String.class)
			.optional();
	}
}
