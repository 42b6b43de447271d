package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.monitoring.MonitoringEvents.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.monitoring.application.ReportService;
import ru.nastavnik.monitoring.application.SnapshotService;
import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;
import ru.nastavnik.monitoring.domain.IndicatorValue;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.pairing.PairDissolved;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantAnonymised;
import ru.nastavnik.registry.ParticipantRole;

/**
 * The projections move by exactly what the other modules' events say: published here (the producers are absent),
 * consumed by the real asynchronous listeners on the real PostgreSQL.
 */
@ApplicationModuleTest
class MonitoringProjectionTests {

	static final LocalDate ORDER = LocalDate.of(2020, 10, 1);

	static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);

	@Autowired
	TenantDirectory tenants;

	@Autowired
	IndicatorService indicators;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	ReportService reports;

	@Autowired
	ProjectionStore projections;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	TenantId sosnovka;

	UUID school;

	@BeforeEach
	void setUp() {
		sosnovka = tenants.bySlug("sosnovka").orElseThrow().id();
		school = UUID.randomUUID();
		TenantContext.run(sosnovka, () -> indicators.seed("sosnovka"));
	}

	IndicatorValue value(String code, LocalDate date) {
		return TenantContext.get(sosnovka, () -> indicators.values(date, school, null)).stream()
			.filter(v -> v.code().equals(code)).findFirst().orElseThrow();
	}

	int pupilsInvolved(LocalDate date) {
		return value(IndicatorCatalogue.PUPILS_INVOLVED, date).numerator();
	}

	boolean known(UUID participant) {
		return TenantContext.get(sosnovka, () -> transactions.execute(tx -> projections.participant(participant).isPresent()));
	}

	@Test
	void registeringAndPairingMoveTheIndicatorByExactlyTheExpectedAmountAPupilInTwoPairsCountingOnce(Scenario scenario) {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID teacher = UUID.randomUUID();
		scenario.publish(contingent(sosnovka, school, 2020, 20, 15, 5, 153, 24))
			.andWaitForStateChange(() -> value(IndicatorCatalogue.PUPILS_INVOLVED, END_OF_2020).denominator() == 20);
		scenario.publish(registered(sosnovka, pupil(a, school, AgeBand.FROM_10_TO_14, ParticipantRole.MENTEE)))
			.andWaitForStateChange(() -> known(a));
		scenario.publish(registered(sosnovka, pupil(b, school, AgeBand.FROM_15_TO_19, ParticipantRole.MENTOR)))
			.andWaitForStateChange(() -> known(b));
		scenario.publish(registered(sosnovka, teacher(teacher, school, false, true, ParticipantRole.MENTOR)))
			.andWaitForStateChange(() -> known(teacher));
		assertThat(pupilsInvolved(END_OF_2020)).isZero();

		UUID peerPair = UUID.randomUUID();
		var order = order(sosnovka, school, ORDER,
				pair(peerPair, Forms.PUPIL_PUPIL, school, b, "PUPIL", a, "PUPIL"),
				pair(UUID.randomUUID(), Forms.TEACHER_PUPIL, school, teacher, "TEACHER", a, "PUPIL"));
		scenario.publish(order).andWaitForStateChange(() -> pupilsInvolved(END_OF_2020) > 0);

		// a (in both pairs) and b: 2 of 20 pupils = 10 %, Sosnovka's target for 31.12.2020
		var involved = value(IndicatorCatalogue.PUPILS_INVOLVED, END_OF_2020);
		assertThat(involved.numerator()).isEqualTo(2);
		assertThat(involved.value()).isEqualByComparingTo("10.0");
		assertThat(involved.target()).isEqualByComparingTo("10");
		assertThat(involved.onTrack()).isTrue();
		assertThat(pupilsInvolved(ORDER.minusDays(1))).isZero();
		assertThat(value("pupils-10-19-mentees", END_OF_2020).numerator()).isEqualTo(1);
		assertThat(value("pupils-15-19-mentors", END_OF_2020).numerator()).isEqualTo(1);
		assertThat(value("mentors-trained", END_OF_2020).numerator()).isEqualTo(1);
		assertThat(value("mentors-trained", END_OF_2020).denominator()).isEqualTo(2);

		// the same order delivered again changes nothing
		UUID marker = UUID.randomUUID();
		scenario.publish(order).andWaitForStateChange(() -> true);
		scenario.publish(registered(sosnovka, pupil(marker, UUID.randomUUID(), AgeBand.FROM_10_TO_14, ParticipantRole.MENTEE)))
			.andWaitForStateChange(() -> known(marker));
		assertThat(pupilsInvolved(END_OF_2020)).isEqualTo(2);

		// the peer pair dissolves in March: b stops counting from then, a still counts (teacher–pupil pair)
		LocalDate march = LocalDate.of(2021, 3, 1);
		scenario.publish(new PairDissolved(sosnovka, peerPair, Forms.PUPIL_PUPIL, school, b, List.of(a), march, "переезд"))
			.andWaitForStateChange(() -> pupilsInvolved(march) == 1);
		assertThat(pupilsInvolved(march.minusDays(1))).isEqualTo(2);

		// an anonymised participant keeps counting
		scenario.publish(new ParticipantAnonymised(sosnovka, a))
			.andWaitForStateChange(() -> TenantContext.get(sosnovka,
					() -> transactions.execute(tx -> projections.participant(a).orElseThrow().anonymised())));
		assertThat(pupilsInvolved(march)).isEqualTo(1);
	}

	@Test
	void aSnapshotDoesNotChangeAfterLaterEvents(Scenario scenario) {
		UUID mentor = UUID.randomUUID();
		UUID mentee = UUID.randomUUID();
		scenario.publish(school(sosnovka, school, "МБОУ Сосновская СОШ № 2"))
			.andWaitForStateChange(() -> TenantContext.get(sosnovka, () -> transactions.execute(
					tx -> projections.organizations().stream().anyMatch(o -> o.id().equals(school)))));
		scenario.publish(contingent(sosnovka, school, 2024, 10, 8, 2, 12, 2))
			.andWaitForStateChange(() -> value(IndicatorCatalogue.PUPILS_INVOLVED, LocalDate.of(2024, 12, 31)).denominator() == 10);
		scenario.publish(order(sosnovka, school, LocalDate.of(2024, 10, 1),
				pair(UUID.randomUUID(), Forms.PUPIL_PUPIL, school, mentor, "PUPIL", mentee, "PUPIL")))
			.andWaitForStateChange(() -> pupilsInvolved(LocalDate.of(2024, 12, 31)) == 2);

		var snapshot = TenantContext.get(sosnovka, () -> snapshots.take(LocalDate.of(2024, 12, 31), "На 31.12.2024"));
		var frozen = snapshot.values().stream().filter(v -> school.equals(v.organizationId())
				&& v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElseThrow();
		assertThat(frozen.numerator()).isEqualTo(2);
		assertThat(frozen.value()).isEqualByComparingTo("20.0");

		// later: more pupils in pairs, the contingent re-reported
		scenario.publish(order(sosnovka, school, LocalDate.of(2024, 11, 1),
				pair(UUID.randomUUID(), Forms.PUPIL_PUPIL, school, UUID.randomUUID(), "PUPIL", UUID.randomUUID(), "PUPIL")))
			.andWaitForStateChange(() -> pupilsInvolved(LocalDate.of(2024, 12, 31)) == 4);
		scenario.publish(contingent(sosnovka, school, 2024, 40, 30, 10, 12, 2))
			.andWaitForStateChange(() -> value(IndicatorCatalogue.PUPILS_INVOLVED, LocalDate.of(2024, 12, 31)).denominator() == 40);

		var again = TenantContext.get(sosnovka, () -> snapshots.get(snapshot.id()));
		assertThat(again.values()).containsExactlyInAnyOrderElementsOf(snapshot.values());
		// and the database refuses to alter it at all
		assertThatThrownBy(() -> TenantContext.run(sosnovka, () -> transactions.executeWithoutResult(
				tx -> jdbc.update("update monitoring.snapshot_value set numerator = 0 where snapshot_id = ?", snapshot.id()))))
			.rootCause().hasMessageContaining("permission denied");
	}

	@Autowired
	ru.nastavnik.monitoring.application.ProjectionRebuild rebuild;

	@Autowired
	ru.nastavnik.monitoring.application.ProjectionService projectionService;

	void apply(Object event) {
		if (event instanceof ru.nastavnik.registry.OrganizationRegistered e) {
			projectionService.on(e);
		}
		else if (event instanceof ru.nastavnik.registry.ContingentReported e) {
			projectionService.on(e);
		}
		else if (event instanceof ru.nastavnik.registry.ParticipantRegistered e) {
			projectionService.on(e);
		}
		else if (event instanceof ru.nastavnik.registry.ParticipantLeft e) {
			projectionService.on(e);
		}
		else if (event instanceof ru.nastavnik.pairing.PairsFixedByOrder e) {
			projectionService.on(e);
		}
		else if (event instanceof PairDissolved e) {
			projectionService.on(e);
		}
		else {
			throw new IllegalArgumentException(event.toString());
		}
	}

	@Test
	void rebuildingByReplayingTheEventsGivesExactlyWhatTheIncrementalProjectionBuilt() {
		TenantId michurinsk = tenants.bySlug("michurinsk").orElseThrow().id();
		TenantContext.run(michurinsk, () -> indicators.seed("michurinsk"));
		UUID schoolA = UUID.randomUUID();
		UUID schoolB = UUID.randomUUID();
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID c = UUID.randomUUID();
		UUID teacher = UUID.randomUUID();
		UUID young = UUID.randomUUID();
		UUID peerPair = UUID.randomUUID();
		var events = new java.util.ArrayList<Object>();
		events.add(school(michurinsk, schoolA, "МБОУ СОШ № 1 г. Мичуринска"));
		events.add(school(michurinsk, schoolB, "МБОУ СОШ № 2 г. Мичуринска"));
		events.add(contingent(michurinsk, schoolA, 2020, 30, 20, 8, 20, 4));
		events.add(contingent(michurinsk, schoolB, 2020, 50, 40, 10, 30, 5));
		events.add(registered(michurinsk, pupil(a, schoolA, AgeBand.FROM_10_TO_14, ParticipantRole.MENTEE)));
		events.add(registered(michurinsk, pupil(b, schoolA, AgeBand.FROM_15_TO_19, ParticipantRole.MENTOR)));
		events.add(registered(michurinsk, pupil(c, schoolB, AgeBand.FROM_10_TO_14, ParticipantRole.MENTEE)));
		events.add(registered(michurinsk, teacher(teacher, schoolB, false, true, ParticipantRole.MENTOR)));
		events.add(registered(michurinsk, teacher(young, schoolB, true, false, ParticipantRole.MENTEE)));
		events.add(order(michurinsk, schoolA, LocalDate.of(2020, 10, 1),
				pair(peerPair, Forms.PUPIL_PUPIL, schoolA, b, "PUPIL", a, "PUPIL")));
		events.add(order(michurinsk, schoolB, LocalDate.of(2020, 11, 1),
				pair(UUID.randomUUID(), Forms.TEACHER_PUPIL, schoolB, teacher, "TEACHER", c, "PUPIL"),
				pair(UUID.randomUUID(), Forms.TEACHER_PUPIL, schoolB, teacher, "TEACHER", a, "PUPIL"),
				pair(UUID.randomUUID(), Forms.TEACHER_TEACHER, schoolB, teacher, "TEACHER", young, "TEACHER")));
		events.add(new PairDissolved(michurinsk, peerPair, Forms.PUPIL_PUPIL, schoolA, b, List.of(a),
				LocalDate.of(2020, 12, 1), "переезд"));
		events.add(new ru.nastavnik.registry.ParticipantLeft(michurinsk, c, schoolB, LocalDate.of(2020, 12, 15), "выбыл"));
		// applied one by one, in order, by the same service the listeners call (each in its own transaction)
		for (Object event : events) {
			TenantContext.run(michurinsk, () -> apply(event));
		}
		LocalDate late = LocalDate.of(2020, 12, 31);
		java.util.function.Supplier<Object> state = () -> TenantContext.get(michurinsk, () -> List.of(
				indicators.values(LocalDate.of(2020, 10, 15), null, null), indicators.values(LocalDate.of(2020, 11, 15), null, null),
				indicators.values(late, null, null), indicators.values(late, schoolA, null), indicators.values(late, schoolB, null),
				indicators.byForm(LocalDate.of(2020, 11, 15)).stream().map(f -> f.formCode() + ":" + f.activePairs() + ":" + f.participants()).toList()));
		var byListeners = state.get();
		// at 31.12.2020 only a counts (b's pair dissolved, c left); at 15.11.2020: a, b (peer pair) and c (teacher–pupil) — a counted once though in two pairs
		var november = TenantContext.get(michurinsk, () -> indicators.values(LocalDate.of(2020, 11, 15), null, null));
		assertThat(TenantContext.get(michurinsk, () -> indicators.values(late, null, null)).stream()
			.filter(v -> v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElseThrow().numerator()).isEqualTo(1);
		assertThat(november.stream().filter(v -> v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElseThrow()
			.numerator()).isEqualTo(3);

		var result = TenantContext.get(michurinsk, () -> rebuild.rebuild(events));
		assertThat(result.participants()).isEqualTo(5);
		assertThat(result.pairs()).isEqualTo(4);
		assertThat(state.get()).isEqualTo(byListeners);
		// replaying again changes nothing
		TenantContext.get(michurinsk, () -> rebuild.rebuild(events));
		assertThat(state.get()).isEqualTo(byListeners);
	}

	@Test
	void youngTeachersShareOfStaffIsStatedByTheReport(Scenario scenario) {
		scenario.publish(contingent(sosnovka, school, 2018, 900, 600, 250, 153, 24))
			.andWaitForStateChange(() -> TenantContext.get(sosnovka,
					() -> transactions.execute(tx -> projections.contingent(2018).containsKey(school))));
		var report = TenantContext.get(sosnovka, () -> reports.generate(LocalDate.of(2019, 8, 31), null));
		// the whole municipality's staff for 2018/19 is what this test reported: 153 teachers, 24 young
		var staff = report.content().staff().stream().filter(s -> s.schoolYear() == 2018).findFirst().orElseThrow();
		assertThat(staff.teachers()).isEqualTo(153);
		assertThat(staff.share()).isEqualByComparingTo("15.7");
		assertThat(report.content().findings()).contains(
				"В 2018-2019 учебном году количество молодых учителей составило 24 человека, или 15,7\u00a0% от общего количества педагогических работников.");
	}
}
