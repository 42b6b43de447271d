package ru.nastavnik.monitoring.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/**
 * The journal keeps what monitoring counts by, not the participant's month of birth that the registry's events carry
 * for pairing (issue 16, item 4): the journaled copy of a participant event has none, and nothing else changes.
 */
class JdbcEventJournalPersonalDataTest {

	@Test
	void theMonthOfBirthIsNotJournaled() {
		var snapshot = new ParticipantSnapshot(UUID.randomUUID(), UUID.randomUUID(), new PersonName("Иванов", "Иван", null),
				ParticipantCategory.PUPIL, 8, AgeBand.FROM_10_TO_14, true, false, Set.of(ParticipantRole.MENTEE), Set.of(),
				Set.of("математика"), null, false, false, true, false, LocalDate.of(2025, 9, 1), true, YearMonth.of(2012, 3));
		var event = new ParticipantRegistered(new TenantId(UUID.randomUUID()), snapshot);

		var journaled = (ParticipantRegistered) JdbcEventJournal.journaled(event);

		assertThat(journaled.participant().birthMonth()).isNull();
		assertThat(journaled.participant()).usingRecursiveComparison().ignoringFields("birthMonth")
			.isEqualTo(snapshot);
		String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(journaled);
		assertThat(json).doesNotContain("2012-03").contains("FROM_10_TO_14");
	}
}
