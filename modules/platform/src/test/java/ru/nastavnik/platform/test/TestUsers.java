package ru.nastavnik.platform.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.security.NastavnikPrincipal;
import ru.nastavnik.platform.tenancy.TenancyService;

/**
 * Test support shared with every module's tests (through the platform's test-jar): signs a MockMvc request in as a
 * real account of the running context, without paying for bcrypt on every request.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static CurrentUser currentUser(TenancyService tenancy, String username) {
		var account = tenancy.findAccount(username)
			.orElseThrow(() -> new IllegalArgumentException("no account " + username));
		String slug = null;
		String region = account.regionCode();
		if (account.tenantId() != null) {
			var tenant = tenancy.byId(account.tenantId()).orElseThrow();
			slug = tenant.slug();
			region = tenant.regionCode();
		}
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
				account.tenantId(), slug, region, account.organizationId(), account.participantId(),
				account.representative());
	}

	/**
	 * A new municipality of the Ryazan region (no demo data) with its coordinator, whose username is the slug.
	 * Ryazan because tests of Tambov's ministry count Tambov's municipalities.
	 */
	public static TenantId newTenantWithCoordinator(TenancyService tenancy, String slug, String name, String password) {
		return tenancy.createTenantWithCoordinator(new TenancyService.NewTenant(slug, name, "ryazan", "Отдел образования"),
				new TenancyService.NewAccount(slug, password, "Координатор " + slug, Role.COORDINATOR, null, null, null))
			.id();
	}

	/** {@code mockMvc.perform(get(...).with(TestUsers.as(tenancy, "sasovo")))} */
	public static RequestPostProcessor as(TenancyService tenancy, String username) {
		return user(new NastavnikPrincipal(currentUser(tenancy, username), "n/a", true));
	}
}
