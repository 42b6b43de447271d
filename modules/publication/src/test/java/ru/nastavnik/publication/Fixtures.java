package ru.nastavnik.publication;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/** Test data: registry snapshots and signed-in users, all fictional. */
public final class Fixtures {

	private Fixtures() {
	}

	public static ParticipantSnapshot pupil(String surname, String name, UUID organization) {
		return new ParticipantSnapshot(UUID.randomUUID(), organization, new PersonName(surname, name, null),
				ParticipantCategory.PUPIL, 7, AgeBand.FROM_10_TO_14, true, false, Set.of(ParticipantRole.MENTEE), Set.of(),
				Set.of("математика"), null, false, false, true, false, LocalDate.of(2024, 9, 1), true);
	}

	public static ParticipantSnapshot mentor(String surname, String name, UUID organization, boolean publicationConsent) {
		return new ParticipantSnapshot(UUID.randomUUID(), organization, new PersonName(surname, name, "Сергеевна"),
				ParticipantCategory.TEACHER, null, AgeBand.FROM_35, false, false, Set.of(ParticipantRole.MENTOR),
				Set.of("методика"), Set.of(), 3, true, true, true, publicationConsent, LocalDate.of(2023, 9, 1), true);
	}

	public static CurrentUser coordinator(TenantSummary tenant) {
		return new CurrentUser(UUID.randomUUID(), tenant.slug() + "-coordinator", "Координатор", Role.COORDINATOR,
				tenant.id(), tenant.slug(), tenant.regionCode(), null);
	}

	public static CurrentUser curator(TenantSummary tenant, UUID organization) {
		return new CurrentUser(UUID.randomUUID(), tenant.slug() + "-curator", "Куратор ОО", Role.SCHOOL_CURATOR,
				tenant.id(), tenant.slug(), tenant.regionCode(), organization);
	}
}
