package ru.nastavnik.monitoring.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.SnapshotTaken;
import ru.nastavnik.monitoring.domain.IndicatorValue;
import ru.nastavnik.monitoring.domain.RussianText;
import ru.nastavnik.monitoring.domain.Snapshot;
import ru.nastavnik.monitoring.domain.SnapshotStore;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;

/** Freezes all indicator values — the municipality's and each school's — at a reporting date. */
@Service
@Transactional(readOnly = true)
public class SnapshotService {

	private final SnapshotStore snapshots;

	private final IndicatorService indicators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public SnapshotService(SnapshotStore snapshots, IndicatorService indicators, ApplicationEventPublisher events,
			java.util.Optional<Clock> clock) {
		this.snapshots = snapshots;
		this.indicators = indicators;
		this.events = events;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@Transactional
	public Snapshot take(LocalDate date, String title) {
		if (date == null) {
			throw BusinessRuleProblem.invalid("date", "Укажите дату среза");
		}
		String name = title == null || title.isBlank() ? "Срез показателей на " + RussianText.date(date) : title.strip();
		if (name.length() > 300) {
			throw BusinessRuleProblem.invalid("title", "Название среза — не длиннее 300 знаков");
		}
		var values = new ArrayList<Snapshot.Value>();
		for (IndicatorValue v : indicators.values(date, null, null)) {
			values.add(value(v, null));
		}
		for (var school : indicators.bySchool(date)) {
			for (IndicatorValue v : school.values()) {
				values.add(value(v, school.organization().id()));
			}
		}
		var snapshot = new Snapshot(UUID.randomUUID(), date, name, clock.instant(), values);
		snapshots.add(snapshot);
		events.publishEvent(new SnapshotTaken(TenantContext.require(), snapshot.id(), date, name));
		return snapshot;
	}

	private static Snapshot.Value value(IndicatorValue v, UUID organizationId) {
		return new Snapshot.Value(v.code(), v.name(), organizationId, v.numerator(), v.denominator(), v.value(),
				v.target(), v.onTrack());
	}

	public List<Snapshot> list() {
		return snapshots.list();
	}

	public Snapshot get(UUID id) {
		return snapshots.byId(id).orElseThrow(() -> new NotFoundProblem("Срез показателей не найден"));
	}
}
