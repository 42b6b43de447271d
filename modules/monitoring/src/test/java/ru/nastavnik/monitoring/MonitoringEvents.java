package ru.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.pairing.PairsFixedByOrder;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ContingentReported;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/** The other modules' events, as the tests publish them (the producers are not in the module test). */
final class MonitoringEvents {

	private MonitoringEvents() {
	}

	static OrganizationRegistered school(TenantId tenant, UUID id, String name) {
		return new OrganizationRegistered(tenant, id, name, name, "школа");
	}

	static ContingentReported contingent(TenantId tenant, UUID org, int year, int pupils, int p10to19, int p15to19,
			int teachers, int young) {
		return new ContingentReported(tenant, org, year, pupils, p10to19, p15to19, teachers, young);
	}

	static ParticipantSnapshot pupil(UUID id, UUID org, AgeBand band, ParticipantRole role) {
		return new ParticipantSnapshot(id, org, new PersonName("Иванов", "Иван", "Иванович"), ParticipantCategory.PUPIL,
				7, band, true, false, Set.of(role), Set.of(), Set.of(), null, false, false, true, false,
				LocalDate.of(2020, 9, 1), true);
	}

	static ParticipantSnapshot teacher(UUID id, UUID org, boolean young, boolean trained, ParticipantRole role) {
		return new ParticipantSnapshot(id, org, new PersonName("Петрова", "Мария", "Сергеевна"), ParticipantCategory.TEACHER,
				null, young ? AgeBand.FROM_20_TO_34 : AgeBand.FROM_35, false, young, Set.of(role), Set.of(), Set.of(),
				role == ParticipantRole.MENTOR ? 3 : null, trained, false, true, false, LocalDate.of(2020, 9, 1), true);
	}

	static ParticipantRegistered registered(TenantId tenant, ParticipantSnapshot p) {
		return new ParticipantRegistered(tenant, p);
	}

	static PairsFixedByOrder.FixedPair pair(UUID pairId, String form, UUID org, UUID mentor, String mentorCategory,
			UUID mentee, String menteeCategory) {
		return new PairsFixedByOrder.FixedPair(pairId, form, form, org, new PairsFixedByOrder.Member(mentor, mentorCategory),
				List.of(new PairsFixedByOrder.Member(mentee, menteeCategory)));
	}

	static PairsFixedByOrder order(TenantId tenant, UUID org, LocalDate date, PairsFixedByOrder.FixedPair... pairs) {
		return new PairsFixedByOrder(tenant, UUID.randomUUID(), "12-н", date, UUID.randomUUID(), org, List.of(pairs));
	}
}
