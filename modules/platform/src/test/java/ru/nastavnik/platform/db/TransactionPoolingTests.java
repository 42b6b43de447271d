package ru.nastavnik.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.test.ProtectedTestTable;

/**
 * What PgBouncer in transaction mode relies on (docs/operations.md): a pooler hands one server connection to
 * transactions of different clients, one after another, without any reset between them. Here a real pool with exactly
 * one physical connection serves interleaved transactions of two tenants from two threads (two "requests" at a time,
 * as two application instances behind one pooler would), and nothing of one transaction — tenant setting, user, role,
 * any session-level setting — is seen by the next.
 */
@SpringBootTest
class TransactionPoolingTests {

	@Autowired
	DatabaseCoordinates coordinates;

	@Autowired
	TenantDirectory tenants;

	HikariDataSource oneConnection;

	JdbcTemplate jdbc;

	TransactionTemplate tx;

	TenantId sasovo;

	TenantId sosnovka;

	@BeforeEach
	void singleConnectionPool() {
		sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		sosnovka = tenants.bySlug("sosnovka").orElseThrow().id();
		ProtectedTestTable.create(coordinates, "pooling", "item", "label text not null", "");

		var config = new HikariConfig();
		config.setJdbcUrl(coordinates.url());
		config.setUsername(coordinates.appUsername());
		config.setPassword(coordinates.appPassword());
		config.setMaximumPoolSize(1);
		config.setMinimumIdle(1);
		config.setPoolName("one-physical-connection");
		oneConnection = new HikariDataSource(config);
		jdbc = new JdbcTemplate(oneConnection);
		tx = new TransactionTemplate(new TenantAwareTransactionManager(oneConnection));
	}

	@AfterEach
	void close() {
		oneConnection.close();
	}

	/** What one transaction saw of its own session. */
	record Seen(int backend, String tenant, String tenants, String user, String role, List<String> labels,
			List<String> sessionSettings) {
	}

	Seen inTransaction(TenantId tenant, String write) {
		Callable<Seen> work = () -> tx.execute(s -> {
			if (write != null) {
				jdbc.update("insert into pooling.item (id, tenant_id, label) values (?, ?, ?)", UUID.randomUUID(),
						tenant.value(), write);
			}
			return observe();
		});
		try {
			return tenant == null ? work.call() : TenantContext.call(TenantContext.Scope.single(tenant), work);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	Seen observe() {
		Map<String, Object> row = jdbc.queryForMap("select pg_backend_pid() as pid, "
				+ "coalesce(cast(platform.current_tenant_id() as text), '') as tenant, "
				+ "array_to_string(platform.current_tenant_ids(), ',') as tenants, "
				+ "current_user as usr, current_setting('role') as role");
		return new Seen((Integer) row.get("pid"), (String) row.get("tenant"), (String) row.get("tenants"),
				(String) row.get("usr"), (String) row.get("role"),
				jdbc.queryForList("select label from pooling.item order by label", String.class),
				jdbc.queryForList("select name || '=' || setting from pg_settings where source = 'session'", String.class));
	}

	@Test
	void oneConnectionCarriesNothingFromOneTenantsTransactionToTheNext() {
		// what the driver set when it connected (application_name): the baseline nothing may add to
		List<String> connected = observe().sessionSettings();
		Seen first = inTransaction(sasovo, "Сасово");
		Seen second = inTransaction(sosnovka, "Сосновка");
		Seen none = inTransaction(null, null);
		Seen outside = observe();

		assertThat(List.of(first.backend(), second.backend(), none.backend(), outside.backend()))
			.as("the same physical connection").containsOnly(first.backend());
		assertThat(first.tenant()).isEqualTo(sasovo.value().toString());
		assertThat(first.labels()).containsExactly("Сасово");
		assertThat(second.tenant()).isEqualTo(sosnovka.value().toString());
		assertThat(second.tenants()).isEqualTo(sosnovka.value().toString());
		assertThat(second.labels()).containsExactly("Сосновка");
		for (Seen seen : List.of(none, outside)) {
			assertThat(seen.tenant()).isEmpty();
			assertThat(seen.tenants()).isEmpty();
			assertThat(seen.labels()).isEmpty();
		}
		for (Seen seen : List.of(first, second, none, outside)) {
			assertThat(seen.user()).isEqualTo(coordinates.appUsername());
			assertThat(seen.role()).isEqualTo("none");
			assertThat(seen.sessionSettings()).as("nothing set for the session").isEqualTo(connected);
		}
	}

	@Test
	void interleavedRequestsOfTwoTenantsOnOneConnectionEachSeeOnlyTheirOwn() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<Seen>>> results = new ArrayList<>();
			for (TenantId tenant : List.of(sasovo, sosnovka)) {
				String label = tenant.equals(sasovo) ? "с" : "н";
				results.add(clients.submit(() -> {
					var seen = new ArrayList<Seen>();
					for (int i = 0; i < 50; i++) {
						seen.add(inTransaction(tenant, label + i));
					}
					return seen;
				}));
			}
			List<Seen> sasovoSaw = results.get(0).get();
			List<Seen> sosnovkaSaw = results.get(1).get();
			int backend = sasovoSaw.get(0).backend();
			for (Seen seen : sasovoSaw) {
				assertThat(seen.backend()).isEqualTo(backend);
				assertThat(seen.tenant()).isEqualTo(sasovo.value().toString());
				assertThat(seen.labels()).allMatch(l -> l.startsWith("с"));
			}
			for (Seen seen : sosnovkaSaw) {
				assertThat(seen.backend()).isEqualTo(backend);
				assertThat(seen.tenant()).isEqualTo(sosnovka.value().toString());
				assertThat(seen.labels()).allMatch(l -> l.startsWith("н"));
			}
			assertThat(sasovoSaw.get(49).labels()).hasSize(50);
			assertThat(sosnovkaSaw.get(49).labels()).hasSize(50);
		}
		finally {
			clients.shutdown();
		}
		assertThat(inTransaction(null, null).labels()).isEmpty();
	}
}
