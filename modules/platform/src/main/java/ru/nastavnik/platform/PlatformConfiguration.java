package ru.nastavnik.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;

import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.db.PlatformDatabaseConfiguration;
import ru.nastavnik.platform.events.EventPublicationMaintenance;
import ru.nastavnik.platform.events.TenantScopedListenerAspect;
import ru.nastavnik.platform.security.PlatformSecurityConfiguration;
import ru.nastavnik.platform.security.TenantContextFilter;
import ru.nastavnik.platform.web.PlatformNavigation;
import ru.nastavnik.platform.web.RussianFormats;

/**
 * Everything the platform gives any Spring Boot application that has it on the classpath — the whole app, and each
 * business module's tests alone: database and tenancy, security, the shell's pages and the event plumbing.
 */
@AutoConfiguration(after = { PlatformDatabaseConfiguration.class, PlatformSecurityConfiguration.class },
		beforeName = "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration")
@ComponentScan(basePackages = { "ru.nastavnik.platform.tenancy", "ru.nastavnik.platform.web" })
@EnableAspectJAutoProxy
@EnableScheduling
public class PlatformConfiguration {

	@Bean
	PlatformSettings platformSettings(Environment env, DatabaseCoordinates database) {
		boolean demo = env.getProperty("nastavnik.demo.enabled", Boolean.class, database.embedded());
		return new PlatformSettings(demo, new PlatformSettings.BootstrapAdmin(
				env.getProperty("nastavnik.bootstrap-admin.username"),
				env.getProperty("nastavnik.bootstrap-admin.password")));
	}

	@Bean
	FilterRegistrationBean<TenantContextFilter> tenantContextFilter(TenantDirectory tenants) {
		var registration = new FilterRegistrationBean<>(new TenantContextFilter(tenants));
		// after Spring Security's filter chain (-100): only requests it allowed get a tenant scope
		registration.setOrder(-50);
		registration.addUrlPatterns("/api/*", "/t/*", "/r/*", "/public/*", "/join/*");
		return registration;
	}

	@Bean
	static TenantScopedListenerAspect tenantScopedListenerAspect() {
		return new TenantScopedListenerAspect();
	}

	@Bean
	EventPublicationMaintenance eventPublicationMaintenance(IncompleteEventPublications incomplete) {
		return new EventPublicationMaintenance(incomplete);
	}

	@Bean
	io.swagger.v3.oas.models.OpenAPI nastavnikOpenApi() {
		return new io.swagger.v3.oas.models.OpenAPI().info(new io.swagger.v3.oas.models.info.Info()
			.title("Наставник API")
			.description("Целевая модель наставничества: API муниципалитетов (/api/{tenant}/...), регионов "
					+ "(/api/regions/{region}/...) и платформы. Вход: HTTP Basic теми же учётными записями, что и в веб-интерфейсе.")
			.version("1"))
			.components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("basic",
					new io.swagger.v3.oas.models.security.SecurityScheme()
						.type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("basic"));
	}

	@Bean("fmt")
	RussianFormats russianFormats() {
		return new RussianFormats();
	}

	@Bean
	PlatformNavigation platformNavigation() {
		return new PlatformNavigation();
	}
}
