package ru.nastavnik.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The load test in miniature, in every build, so that it cannot rot: the same harness, set-up, phases and database
 * checks as {@link LoadBenchmark}, with 2 tenants, 8 users and phases of a few seconds. No figure is asserted — only
 * that nothing failed and no tenant saw another's rows.
 */
class LoadSmokeTests {

	@Test
	void aShortLoadRunHasNoErrorsAndNoCrossTenantRows() throws Exception {
		var settings = new LoadTest.Settings(2, 8, Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofSeconds(2),
				Duration.ofSeconds(2), 4, 1, false);
		var report = new StringBuilder();
		var outcome = LoadTest.run(settings, report);
		LoadTest.describe(outcome, settings, report);
		System.out.println(report);
		assertThat(outcome.errors()).as(report.toString()).isZero();
		assertThat(outcome.crossTenantRows()).as(report.toString()).isZero();
		assertThat(outcome.phase("mixed: browsers on sessions, API clients on tokens").count()).isPositive();
		assertThat(outcome.responsesChecked).isPositive();
		assertThat(outcome.idsChecked).as("ids of responses found in the database").isPositive();
		assertThat(outcome.participantsChecked).isGreaterThanOrEqualTo(2 * 12);
		assertThat(outcome.crossTenantReferences).as("foreign keys between tenant tables").isNotEmpty();
	}
}
