package ru.nastavnik.monitoring.adapter.out.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.EventJournal;
import ru.nastavnik.pairing.PairCompleted;
import ru.nastavnik.pairing.PairDissolved;
import ru.nastavnik.pairing.PairsFixedByOrder;
import ru.nastavnik.pairing.ProgrammeClosed;
import ru.nastavnik.pairing.ProgrammeOpened;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantCreated;
import ru.nastavnik.registry.ContingentReported;
import ru.nastavnik.registry.CuratorAppointed;
import ru.nastavnik.registry.OrganizationChanged;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantChanged;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.ParticipantsChanged;
import ru.nastavnik.registry.ParticipantsRegistered;
import ru.nastavnik.roadmap.RoadmapAdopted;
import ru.nastavnik.roadmap.RoadmapProgressChanged;

/**
 * The journal in {@code monitoring.event_journal}, each event as JSON with its type, written as the event publication
 * registry writes events (the platform's {@link EventSerializer}: a large event, such as a chunk of an import, is kept
 * deflated inside its JSON). Only the event types monitoring projects are written and read back: a type name in the
 * table is never turned into an arbitrary class.
 */
@Repository
class JdbcEventJournal implements EventJournal {

	/** The journaled event types by the name stored with them. */
	static final Map<String, Class<?>> TYPES = Stream.of(TenantCreated.class, OrganizationRegistered.class,
			OrganizationChanged.class, ContingentReported.class, CuratorAppointed.class, ParticipantRegistered.class,
			ParticipantChanged.class, ParticipantsRegistered.class, ParticipantsChanged.class, ParticipantLeft.class, ParticipantAnonymised.class, PairsFixedByOrder.class,
			PairCompleted.class, PairDissolved.class, ProgrammeOpened.class, ProgrammeClosed.class, RoadmapAdopted.class,
			RoadmapProgressChanged.class).collect(Collectors.toUnmodifiableMap(Class::getName, Function.identity()));

	private final JdbcClient jdbc;

	private final EventSerializer serializer;

	JdbcEventJournal(JdbcClient jdbc, EventSerializer serializer) {
		this.jdbc = jdbc;
		this.serializer = serializer;
	}

	@Override
	public void append(Object event) {
		append(event, null);
	}

	@Override
	public void append(Object event, UUID key) {
		String type = event.getClass().getName();
		if (!TYPES.containsKey(type)) {
			throw new IllegalArgumentException("not a journaled event type: " + type);
		}
		jdbc.sql("insert into monitoring.event_journal (tenant_id, event_type, payload, event_key) values (?, ?, ?::jsonb, ?)")
			.params(TenantContext.require().value(), type, serializer.serialize(journaled(event)).toString(), key)
			.update();
	}

	/**
	 * The event as the journal keeps it: a participant's month of birth, which the registry's events carry for
	 * pairing's seniority rule, is left out — monitoring counts by age band and keeps no personal data it does not use;
	 * a replayed snapshot has none, which nothing here reads.
	 */
	static Object journaled(Object event) {
		if (event instanceof ParticipantRegistered e) {
			return new ParticipantRegistered(e.tenantId(), e.participant().withoutBirthMonth());
		}
		if (event instanceof ParticipantChanged e) {
			return new ParticipantChanged(e.tenantId(), e.participant().withoutBirthMonth());
		}
		if (event instanceof ParticipantAnonymised e && e.participant() != null) {
			return new ParticipantAnonymised(e.tenantId(), e.participantId(), e.participant().withoutBirthMonth());
		}
		if (event instanceof ParticipantsRegistered e && anyBirthMonth(e.participants())) {
			return new ParticipantsRegistered(e.tenantId(), e.importId(), e.batchId(), withoutBirthMonths(e.participants()));
		}
		if (event instanceof ParticipantsChanged e && anyBirthMonth(e.participants())) {
			return new ParticipantsChanged(e.tenantId(), e.importId(), e.batchId(), withoutBirthMonths(e.participants()));
		}
		return event;
	}

	private static boolean anyBirthMonth(List<ParticipantSnapshot> participants) {
		return participants.stream().anyMatch(p -> p.birthMonth() != null);
	}

	private static List<ParticipantSnapshot> withoutBirthMonths(List<ParticipantSnapshot> participants) {
		return participants.stream().map(ParticipantSnapshot::withoutBirthMonth).toList();
	}

	@Override
	public boolean contains(UUID key) {
		return jdbc.sql("select exists (select 1 from monitoring.event_journal where tenant_id = ? and event_key = ?)")
			.params(TenantContext.require().value(), key)
			.query(Boolean.class)
			.single();
	}

	@Override
	public List<Object> replay() {
		return jdbc.sql("select event_type, payload from monitoring.event_journal where tenant_id = ? order by seq")
			.param(TenantContext.require().value())
			.query((rs, i) -> {
				Class<?> type = TYPES.get(rs.getString(1));
				if (type == null) {
					throw new IllegalStateException("unknown event type in the journal: " + rs.getString(1));
				}
				return (Object) serializer.deserialize(rs.getString(2), type);
			})
			.list();
	}

	@Override
	public long size() {
		return jdbc.sql("select count(*) from monitoring.event_journal where tenant_id = ?")
			.param(TenantContext.require().value())
			.query(Long.class)
			.single();
	}

	@Override
	public boolean complete() {
		return jdbc.sql("select exists (select 1 from monitoring.event_journal where tenant_id = ? and event_type = ?)")
			.params(TenantContext.require().value(), TenantCreated.class.getName())
			.query(Boolean.class)
			.single();
	}
}
