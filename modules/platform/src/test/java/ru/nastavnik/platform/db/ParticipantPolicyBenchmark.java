package ru.nastavnik.platform.db;

import java.util.Arrays;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.test.ProtectedTestTable;

/**
 * What the participant policies (decision 0010) cost staff: the same bulk insert and the same filtered read into two
 * tables alike but for the restrictive participant policies, alternating, in one run, as the application role in a
 * staff transaction (no participant set). Not a test (surefire skips {@code *Benchmark*}); run it with
 * {@code ./mvnw -B -q -pl modules/platform -am verify -Dtest=ParticipantPolicyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures in the output ({@code docs/benchmarks.md}).
 */
@SpringBootTest
class ParticipantPolicyBenchmark {

	static final int ROWS = 200_000;

	static final int ROUNDS = 7;

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseCoordinates coordinates;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	TenantDirectory tenants;

	@Test
	void measure() {
		TenantId sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		String columns = "participant_id uuid not null, text varchar(100) not null";
		ProtectedTestTable.create(coordinates, "probe", "tenant_only", columns, ", update, delete");
		ProtectedTestTable.create(coordinates, "probe", "with_participant", columns, ", update, delete")
			.execute("call platform.restrict_to_participant('probe.with_participant', "
					+ "'participant_id = (select platform.current_participant_id())')");
		var app = new JdbcTemplate(dataSource);
		double[][] insert = new double[2][ROUNDS];
		double[][] read = new double[2][ROUNDS];
		String[] tables = { "probe.tenant_only", "probe.with_participant" };
		for (int r = -1; r < ROUNDS; r++) { // round -1 warms up
			for (int t = 0; t < 2; t++) {
				int table = (r & 1) == 0 ? t : 1 - t; // alternate which goes first
				String name = tables[table];
				long start = System.nanoTime();
				TenantContext.run(sasovo, () -> tx.executeWithoutResult(s -> {
					app.update("delete from " + name);
					app.update("insert into " + name + " (id, tenant_id, participant_id, text) select gen_random_uuid(), ?, "
							+ "gen_random_uuid(), 'ответ ' || g from generate_series(1, ?) g", sasovo.value(), ROWS);
				}));
				long inserted = System.nanoTime();
				TenantContext.run(sasovo, () -> tx.executeWithoutResult(s -> app.queryForObject(
						"select count(*) from " + name + " where text like 'ответ 1%'", Long.class)));
				long done = System.nanoTime();
				if (r >= 0) {
					insert[table][r] = (inserted - start) / 1e6;
					read[table][r] = (done - inserted) / 1e6;
				}
			}
		}
		System.out.printf(Locale.ROOT, "%,d rows, %d rounds, medians: insert %.0f ms tenant policy only, %.0f ms with the "
				+ "participant policies (ratio %.2f); filtered full read %.0f ms vs %.0f ms (ratio %.2f)%n", ROWS, ROUNDS,
				median(insert[0]), median(insert[1]), median(insert[1]) / median(insert[0]), median(read[0]),
				median(read[1]), median(read[1]) / median(read[0]));
		System.out.println("insert tenant only " + Arrays.toString(insert[0]) + "\ninsert with participant "
				+ Arrays.toString(insert[1]) + "\nread tenant only " + Arrays.toString(read[0]) + "\nread with participant "
				+ Arrays.toString(read[1]));
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
