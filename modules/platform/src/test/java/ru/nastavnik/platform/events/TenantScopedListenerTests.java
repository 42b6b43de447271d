package ru.nastavnik.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/**
 * A listener of a tenant's event runs inside that tenant (its transaction sees that tenant's settings), whoever
 * published the event; and once it has completed, its entry in the event publication registry is gone.
 */
@SpringBootTest
public class TenantScopedListenerTests {

	public record SomethingHappened(TenantId tenantId, String what) implements TenantScopedEvent {
	}

	record Observation(Optional<TenantId> tenantInContext, String tenantSetting) {
	}

	public static class Listener {

		final JdbcTemplate jdbc;

		final CompletableFuture<Observation> observed = new CompletableFuture<>();

		Listener(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		/** Through the bean (a proxy): the target's future. */
		public CompletableFuture<Observation> observation() {
			return observed;
		}

		@ApplicationModuleListener
		public void on(SomethingHappened event) {
			String setting = jdbc.queryForObject("select current_setting('app.tenant_id', true)", String.class);
			observed.complete(new Observation(TenantContext.current(), setting));
		}
	}

	@TestConfiguration
	static class Config {

		@Bean
		Listener testListener(JdbcTemplate jdbc) {
			return new Listener(jdbc);
		}
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Listener listener;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theListenerRunsInTheEventsTenantAndItsPublicationIsDeleted() throws Exception {
		TenantId sosnovka = tenants.bySlug("sosnovka").orElseThrow().id();

		// published from a thread working for another tenant: the event's tenant wins
		TenantId sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		TenantContext.run(sasovo, () -> tx.executeWithoutResult(s -> events.publishEvent(new SomethingHappened(sosnovka, "x"))));

		Observation seen = listener.observation().get(20, TimeUnit.SECONDS);
		assertThat(seen.tenantInContext()).contains(sosnovka);
		assertThat(seen.tenantSetting()).isEqualTo(sosnovka.toString());

		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long remaining;
		do {
			remaining = tx.execute(s -> jdbc.queryForObject(
					"select count(*) from platform.event_publication where event_type like ?", Long.class,
					"%SomethingHappened%"));
		}
		while (remaining > 0 && System.nanoTime() < deadline);
		assertThat(remaining).as("completed publications are deleted, not left to pile up").isZero();
	}
}
