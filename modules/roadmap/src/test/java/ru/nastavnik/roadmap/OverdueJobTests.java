package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.roadmap.application.OverdueJob;
import ru.nastavnik.roadmap.application.RoadmapClock;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

/**
 * The daily overdue job marks each passed, undone occurrence once and publishes one {@link OccurrenceOverdue} for it —
 * run twice, or by two instances at the same moment (two transactions, the second blocked on the first's tenant lock,
 * then finding the rows claimed).
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class OverdueJobTests {

	@Autowired
	OverdueJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TenantDirectory tenants;

	RoadmapTestSupport support;

	final List<OccurrenceOverdue> published = new CopyOnWriteArrayList<>();

	final ApplicationListener<ApplicationEvent> capture = event -> {
		if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof OccurrenceOverdue o) {
			published.add(o);
		}
	};

	@Autowired
	void support(Roadmaps roadmaps) {
		this.support = new RoadmapTestSupport(tenants, roadmaps, transactions);
	}

	ApplicationEventMulticaster multicaster() {
		return context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
				ApplicationEventMulticaster.class);
	}

	@BeforeEach
	void listen() {
		multicaster().addApplicationListener(capture);
	}

	@AfterEach
	void stop() {
		multicaster().removeApplicationListener(capture);
	}

	LocalDate today() {
		return LocalDate.now(RoadmapClock.ZONE);
	}

	/** Forgets that the tenant's open, past-due occurrences were reported (as if they had just become overdue). */
	List<UUID> unreported(String slug) {
		return support.in(slug, () -> jdbc.queryForList("update roadmap.occurrence set overdue_notified_at = null "
				+ "where status in ('PLANNED', 'IN_PROGRESS') and due_date < ? returning id", UUID.class,
				java.sql.Date.valueOf(today())));
	}

	List<UUID> publishedIn(String slug) {
		TenantId tenant = support.tenant(slug);
		return published.stream().filter(e -> e.tenantId().equals(tenant)).map(OccurrenceOverdue::occurrenceId).toList();
	}

	@Test
	void runTwiceEachOverdueOccurrenceIsPublishedOnce() {
		List<UUID> overdue = unreported("sasovo");
		assertThat(overdue).isNotEmpty();

		job.run(today());
		assertThat(publishedIn("sasovo")).containsExactlyInAnyOrderElementsOf(overdue);

		assertThat(job.run(today())).isZero();
		assertThat(publishedIn("sasovo")).hasSameSizeAs(overdue);
		OccurrenceOverdue one = published.stream().filter(e -> e.occurrenceId().equals(overdue.get(0))).findFirst().orElseThrow();
		assertThat(one.dueDate()).isBefore(today());
		assertThat(one.itemTitle()).isNotBlank();
	}

	@Test
	void twoInstancesAtTheSameMomentPublishEachOnce() throws Exception {
		List<UUID> overdue = unreported("michurinsk");
		assertThat(overdue).isNotEmpty();
		TenantId tenant = support.tenant("michurinsk");
		TransactionTemplate tx = new TransactionTemplate(transactions);
		CountDownLatch firstClaimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);

		// instance 1 claims and keeps its transaction open
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> TenantContext.get(tenant, () -> tx.execute(s -> {
			int claimed = job.runInTenant(today());
			firstClaimed.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return claimed;
		})));
		assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
		int waitingBefore = waitingOnLocks();

		// instance 2 runs meanwhile: it has to wait for instance 1's rows
		CompletableFuture<Integer> second = CompletableFuture
			.supplyAsync(() -> TenantContext.get(tenant, () -> tx.execute(s -> job.runInTenant(today()))));
		await().atMost(Duration.ofSeconds(30)).until(() -> waitingOnLocks() > waitingBefore);
		assertThat(second).isNotDone();

		release.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(overdue.size());
		assertThat(second.get(30, TimeUnit.SECONDS)).isZero();
		assertThat(publishedIn("michurinsk")).containsExactlyInAnyOrderElementsOf(overdue);
	}

	int waitingOnLocks() {
		return jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'", Integer.class);
	}
}
