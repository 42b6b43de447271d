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
 * for pairing (issue 16, item 4): it is left out of the stored JSON, and a journaled snapshot reads back without it.
 */
class JdbcEventJournalPersonalDataTest {

	@Test
	void theMonthOfBirthIsNotJournaled() {
		var snapshot = new ParticipantSnapshot(UUID.randomUUID(), UUID.randomUUID(), new PersonName("Иванов", "Иван", null),
				ParticipantCategory.PUPIL, 8, AgeBand.FROM_10_TO_14, true, false, Set.of(ParticipantRole.MENTEE), Set.of(),
				Set.of("математика"), null, false, false, true, false, LocalDate.of(2025, 9, 1), true, YearMonth.of(2012, 3));
		var event = new ParticipantRegistered(new TenantId(UUID.randomUUID()), snapshot);

		String json = JdbcEventJournal.json(event);

		assertThat(json).doesNotContain("birthMonth").doesNotContain("2012-03").contains("FROM_10_TO_14");
		var replayed = tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, ParticipantRegistered.class);
		assertThat(replayed.participant().birthMonth()).isNull();
		assertThat(replayed.participant().ageBand()).isEqualTo(AgeBand.FROM_10_TO_14);
	}
}
