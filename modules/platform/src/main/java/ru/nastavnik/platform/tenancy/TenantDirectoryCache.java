package ru.nastavnik.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.nastavnik.platform.TenantSummary;

/**
 * The instance's short memory of the tenant directory. Every request under {@code /t/{tenant}}, {@code /api/{tenant}}
 * and {@code /r/{region}} looks its tenant (or its region's tenants) up, and so do the layout of every page and
 * {@code /api/me}; without this memory each lookup took a pooled connection and a transaction of two queries (the load
 * test's profile, docs/benchmarks.md). What is not remembered is read with one query.
 * <ul>
 * <li><b>Short</b>: an entry is used for {@code ttl} (5 seconds by default, {@code nastavnik.tenancy.cache-ttl}) after it
 * was read from the database, then read again. A change made through another instance — or in the database — is
 * therefore seen by this one within {@code ttl}; this instance's own changes clear the memory when they commit.</li>
 * <li><b>Nothing remembered as missing</b>: a tenant that is not found is asked for again next time, so a municipality
 * created on another instance works here at once; an empty region's list is not kept either.</li>
 * <li><b>Per tenant</b>: entries are keyed by the tenant's slug or id (lists by region code) and hold the immutable
 * {@link TenantSummary} of that one tenant; nothing of a tenant's data is kept, only the directory's public facts
 * (name, region, authority). Row-level security does not depend on it: the tenant id it yields is what the request's
 * transactions set, exactly as when it was read from the database.</li>
 * <li><b>Not inside a writing transaction</b>: a lookup made by a transaction that writes (e.g. the one creating a
 * municipality and its coordinator) reads the database and is not remembered, so a tenant that transaction rolls
 * back is never served from memory.</li>
 * </ul>
 * Tenants are only ever added (the platform neither renames nor deletes one), so what may be late is a new
 * municipality in a region's or the administrator's list, by at most {@code ttl} on other instances.
 */
class TenantDirectoryCache {

	private record Entry<T>(T value, Instant loadedAt) {
	}

	private final TenancyStore store;

	private final Clock clock;

	private final Duration ttl;

	private final ConcurrentMap<String, Entry<TenantSummary>> bySlug = new ConcurrentHashMap<>();

	private final ConcurrentMap<UUID, Entry<TenantSummary>> byId = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Entry<List<TenantSummary>>> inRegion = new ConcurrentHashMap<>();

	private volatile Entry<List<TenantSummary>> all;

	TenantDirectoryCache(TenancyStore store, Clock clock, Duration ttl) {
		this.store = store;
		this.clock = clock;
		this.ttl = ttl;
	}

	Optional<TenantSummary> bySlug(String slug) {
		return Optional.ofNullable(remembered(bySlug, slug, () -> store.summaryBySlug(slug).orElse(null)));
	}

	Optional<TenantSummary> byId(UUID id) {
		return Optional.ofNullable(remembered(byId, id, () -> store.summaryById(id).orElse(null)));
	}

	List<TenantSummary> inRegion(String regionCode) {
		List<TenantSummary> found = remembered(inRegion, regionCode, () -> {
			List<TenantSummary> members = store.summariesInRegion(regionCode);
			return members.isEmpty() ? null : members;
		});
		return found == null ? List.of() : found;
	}

	List<TenantSummary> all() {
		if (writing()) {
			return store.summaries();
		}
		Entry<List<TenantSummary>> entry = all;
		if (fresh(entry)) {
			return entry.value();
		}
		List<TenantSummary> tenants = List.copyOf(store.summaries());
		all = new Entry<>(tenants, clock.instant());
		return tenants;
	}

	/** Forgets everything once the current transaction has committed (at once without one): this instance's change. */
	void forgetOnCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget();
				}
			});
		}
		else {
			forget();
		}
	}

	void forget() {
		bySlug.clear();
		byId.clear();
		inRegion.clear();
		all = null;
	}

	private <K, V> V remembered(ConcurrentMap<K, Entry<V>> memory, K key, Supplier<V> load) {
		if (writing()) {
			return load.get();
		}
		Entry<V> entry = memory.get(key);
		if (fresh(entry)) {
			return entry.value();
		}
		V value = load.get();
		if (value == null) {
			memory.remove(key);
			return null;
		}
		memory.put(key, new Entry<>(value, clock.instant()));
		return value;
	}

	private boolean fresh(Entry<?> entry) {
		return entry != null && clock.instant().isBefore(entry.loadedAt().plus(ttl));
	}

	/** Inside a transaction that may write: what it reads may yet be rolled back, so it is neither used nor kept. */
	private static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}
}
