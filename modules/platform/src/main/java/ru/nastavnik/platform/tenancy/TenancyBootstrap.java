package ru.nastavnik.platform.tenancy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import ru.nastavnik.platform.PlatformSettings;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantSummary;

/**
 * On every start: the four municipalities that ship with the product exist (created once, which publishes
 * {@code TenantCreated} so that modules set them up); on the embedded default the demo accounts exist; with an external
 * database the first administrator comes from {@code nastavnik.bootstrap-admin.*}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenancyBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TenancyBootstrap.class);

	static final String DEMO_PASSWORD = "demo";

	static final List<TenancyService.NewTenant> PRODUCT_TENANTS = List.of(
			new TenancyService.NewTenant("sasovo", "Сасовский муниципальный район", "ryazan",
					"Управление образования муниципального образования – Сасовский муниципальный район (ОМиМССО)"),
			new TenancyService.NewTenant("sosnovka", "Сосновский район", "tambov",
					"Отдел образования администрации Сосновского района"),
			new TenancyService.NewTenant("michurinsk", "город Мичуринск", "tambov",
					"Управление народного образования администрации города Мичуринска (УНО г. Мичуринска)"),
			new TenancyService.NewTenant("dagestanskie-ogni", "городской округ «город Дагестанские Огни»", "dagestan",
					"МКУ «Управление образования» городского округа «город Дагестанские Огни»"));

	private final TenancyService tenancy;

	private final PlatformSettings settings;

	TenancyBootstrap(TenancyService tenancy, PlatformSettings settings) {
		this.tenancy = tenancy;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (var tenant : PRODUCT_TENANTS) {
			if (tenancy.bySlug(tenant.slug()).isEmpty()) {
				TenantSummary created = tenancy.createTenant(tenant, settings.demo());
				log.info("Municipality {} ({}) created", created.slug(), created.name());
			}
		}
		if (settings.demo()) {
			demoAccounts();
		}
		else {
			bootstrapAdmin();
		}
	}

	private void demoAccounts() {
		ensure("admin", "Администратор платформы", Role.PLATFORM_ADMIN, null, null);
		for (var tenant : PRODUCT_TENANTS) {
			var summary = tenancy.bySlug(tenant.slug()).orElseThrow();
			ensure(tenant.slug(), "Координатор: " + summary.name(), Role.COORDINATOR, summary, null);
		}
		for (Region region : tenancy.regions()) {
			ensure("minobr-" + region.code(), "Министерство образования: " + region.name(), Role.MINISTRY_VIEWER, null,
					region.code());
		}
	}

	private void ensure(String username, String displayName, Role role, TenantSummary tenant, String region) {
		if (tenancy.findAccount(username).isEmpty()) {
			tenancy.createAccount(new TenancyService.NewAccount(username, DEMO_PASSWORD, displayName, role,
					tenant == null ? null : tenant.id(), region, null));
		}
	}

	private void bootstrapAdmin() {
		if (tenancy.anyAccountWithRole(Role.PLATFORM_ADMIN)) {
			return;
		}
		var admin = settings.bootstrapAdmin();
		if (admin == null || !StringUtils.hasText(admin.username()) || !StringUtils.hasText(admin.password())) {
			log.warn("No platform administrator exists: set NASTAVNIK_BOOTSTRAP_ADMIN_USERNAME and "
					+ "NASTAVNIK_BOOTSTRAP_ADMIN_PASSWORD to create the first one");
			return;
		}
		tenancy.createAccount(new TenancyService.NewAccount(admin.username(), admin.password(), "Администратор платформы",
				Role.PLATFORM_ADMIN, null, null, null));
		log.info("Platform administrator '{}' created from configuration", admin.username());
	}
}
