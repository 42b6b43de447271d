package ru.nastavnik.monitoring;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.monitoring.domain.EventJournal;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;

/** New municipalities for the tests of monitoring's journal, and how many events their journal holds. */
final class JournaledTenants {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final TenancyService tenancy;

	private final TransactionTemplate transactions;

	private final EventJournal journal;

	JournaledTenants(TenancyService tenancy, TransactionTemplate transactions, EventJournal journal) {
		this.tenancy = tenancy;
		this.transactions = transactions;
		this.journal = journal;
	}

	/** A unique slug beginning with {@code prefix}. */
	static String slug(String prefix) {
		return prefix + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100_000;
	}

	/** A new municipality with its coordinator (password «secret»), once monitoring has journaled its creation. */
	TenantId create(String slug) {
		TenantId tenant = TestUsers.newTenantWithCoordinator(tenancy, slug, "Район " + slug, "secret");
		Awaitility.await().atMost(Duration.ofSeconds(30))
			.until(() -> TenantContext.get(tenant, () -> transactions.execute(tx -> journal.complete())));
		return tenant;
	}

	long journaled(TenantId tenant) {
		return TenantContext.get(tenant, () -> transactions.execute(tx -> journal.size()));
	}
}
