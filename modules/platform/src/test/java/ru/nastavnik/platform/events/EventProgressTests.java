package ru.nastavnik.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.CorrelatedEvent;
import ru.nastavnik.platform.EventProgress;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;

/**
 * An operation follows its events through the real event publication registry: pending while a listener works, still
 * pending (as failed) after a listener threw, done once every listener has completed — including after a retry.
 */
@SpringBootTest
class EventProgressTests {

	public record StepDone(TenantId tenantId, UUID operation, int step) implements CorrelatedEvent {

		@Override
		public UUID correlationId() {
			return operation;
		}
	}

	/** One listener waits until the test lets it finish; the other fails until the test lets it succeed. */
	public static class Listeners {

		final CompletableFuture<Void> release = new CompletableFuture<>();

		final AtomicBoolean fail = new AtomicBoolean(true);

		public CompletableFuture<Void> release() {
			return release;
		}

		public AtomicBoolean fail() {
			return fail;
		}

		@ApplicationModuleListener
		public void slow(StepDone event) throws Exception {
			release.get();
		}

		@ApplicationModuleListener(condition = "#event.step() == 2")
		public void flaky(StepDone event) {
			if (fail.get()) {
				throw new IllegalStateException("сбой для проверки");
			}
		}
	}

	@TestConfiguration
	static class Config {

		@Bean
		Listeners progressListeners() {
			return new Listeners();
		}
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Listeners listeners;

	@Autowired
	EventProgress progress;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	TenantDirectory tenants;

	@Test
	void anOperationIsDoneOnlyWhenEveryListenerHasCompletedEveryEvent() {
		TenantId sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		UUID operation = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		tx.executeWithoutResult(s -> {
			events.publishEvent(new StepDone(sasovo, operation, 1));
			events.publishEvent(new StepDone(sasovo, operation, 2));
			events.publishEvent(new StepDone(sasovo, other, 1));
			// in the publishing transaction: what the operation's events were stored as, 2 + 1 (the condition)
			assertThat(progress.of(operation).publications()).isEqualTo(3);
		});
		// the slow listener holds both its publications; the flaky one fails its one
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> progress.of(operation).failed() == 1);
		EventProgress.Progress pending = progress.of(operation);
		assertThat(pending.done()).isFalse();
		assertThat(pending.publications()).isEqualTo(3);
		assertThat(pending.modules()).containsExactly("Платформа");
		assertThat(progress.of(other).publications()).isEqualTo(1);

		listeners.release().complete(null);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> progress.of(operation).publications() == 1);
		assertThat(progress.of(operation).failed()).isEqualTo(1);
		assertThat(progress.of(other).done()).isTrue();

		// the failure was transient: the retry (what the platform does every few minutes) completes the operation
		listeners.fail().set(false);
		incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof StepDone s && s.operation().equals(operation));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> progress.of(operation).done());
	}
}
