package ru.nastavnik.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.platform.test.MovableClock;

/**
 * The instance's memory of the tenant directory against the real tables. The application's {@link TenancyService}
 * stands for one instance; a second directory on the same database, with a clock the test moves, stands for another
 * instance — what it remembers is what that other instance would serve. (A context of its own, hence a database of its
 * own: the municipalities it creates are not seen by the other tests.)
 */
@SpringBootTest(properties = "nastavnik.tenancy.cache-ttl=PT5S")
class TenantDirectoryCacheTests {

	static final Duration TTL = Duration.ofSeconds(5);

	@Autowired
	TenancyService tenancy;

	@Autowired
	TenancyStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	final MovableClock clock = new MovableClock();

	TenantDirectoryCache otherInstance() {
		return new TenantDirectoryCache(store, clock, TTL);
	}

	TenantSummary newTenant(String slug) {
		return tenancy.createTenant(new TenancyService.NewTenant(slug, "Район " + slug, "ryazan", "Отдел образования"), false);
	}

	@Test
	void aTenantChangedInTheDatabaseIsSeenOnceItsEntryIsOlderThanTheTtl() {
		var tenant = newTenant("cache-renamed");
		var other = otherInstance();
		assertThat(other.bySlug("cache-renamed")).map(TenantSummary::name).hasValue("Район cache-renamed");
		assertThat(other.byId(tenant.id().value())).map(TenantSummary::name).hasValue("Район cache-renamed");

		jdbc.update("update platform.tenant set name = 'Переименованный район' where slug = 'cache-renamed'");
		clock.advance(TTL.minusMillis(1));
		assertThat(other.bySlug("cache-renamed")).map(TenantSummary::name).as("remembered").hasValue("Район cache-renamed");
		assertThat(other.byId(tenant.id().value())).map(TenantSummary::name).hasValue("Район cache-renamed");

		clock.advance(Duration.ofMillis(1));
		assertThat(other.bySlug("cache-renamed")).map(TenantSummary::name).hasValue("Переименованный район");
		assertThat(other.byId(tenant.id().value())).map(TenantSummary::name).hasValue("Переименованный район");
	}

	@Test
	void anUnknownTenantIsNotRememberedAsMissing() {
		var other = otherInstance();
		assertThat(other.bySlug("cache-late")).isEmpty();
		assertThat(other.byId(UUID.randomUUID())).isEmpty();

		var created = newTenant("cache-late"); // through "this" instance; the clock of the other does not move
		assertThat(other.bySlug("cache-late")).map(TenantSummary::id).hasValue(created.id());
		assertThat(tenancy.bySlug("cache-late")).map(TenantSummary::id).hasValue(created.id());
	}

	@Test
	void aNewTenantJoinsItsRegionAtOnceOnItsInstanceAndWithinTheTtlOnAnother() {
		var other = otherInstance();
		int before = other.inRegion("ryazan").size();
		assertThat(tenancy.inRegion("ryazan")).hasSize(before);

		var created = newTenant("cache-joined");
		assertThat(tenancy.inRegion("ryazan")).as("this instance forgets on commit").extracting(TenantSummary::id)
			.contains(created.id());
		assertThat(tenancy.all()).extracting(TenantSummary::id).contains(created.id());
		assertThat(other.inRegion("ryazan")).as("the other instance, within the TTL").hasSize(before);

		clock.advance(TTL);
		assertThat(other.inRegion("ryazan")).extracting(TenantSummary::id).contains(created.id());
	}

	@Test
	void twoTenantsNeverShareAnEntry() {
		var first = newTenant("cache-first");
		var second = newTenant("cache-second");
		var other = otherInstance();
		for (int time = 1; time <= 2; time++) { // read, then remembered
			assertThat(other.bySlug("cache-first")).hasValue(first);
			assertThat(other.bySlug("cache-second")).hasValue(second);
			assertThat(other.byId(first.id().value())).hasValue(first);
			assertThat(other.byId(second.id().value())).hasValue(second);
		}
		jdbc.update("update platform.tenant set name = 'Второй, переименован' where slug = 'cache-second'");
		clock.advance(TTL);
		assertThat(other.bySlug("cache-first")).hasValue(first);
		assertThat(other.bySlug("cache-second")).map(TenantSummary::name).hasValue("Второй, переименован");
	}

	@Test
	void whatAWritingTransactionReadsIsNotRememberedSoItsRollbackLeavesNothing() {
		var other = otherInstance();
		var writing = new TransactionTemplate(transactions);
		writing.executeWithoutResult(status -> {
			jdbc.update("insert into platform.tenant (id, slug, name, region_code, authority) values (?, 'cache-rolled-back', "
					+ "'Откатится', 'ryazan', 'УО')", UUID.randomUUID());
			assertThat(other.bySlug("cache-rolled-back")).as("its own write").isPresent();
			status.setRollbackOnly();
		});
		assertThat(other.bySlug("cache-rolled-back")).isEmpty();
		assertThat(tenancy.bySlug("cache-rolled-back")).isEmpty();
	}
}
