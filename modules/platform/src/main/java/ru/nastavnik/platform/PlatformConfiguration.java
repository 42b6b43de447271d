package ru.nastavnik.platform;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.db.PlatformDatabaseConfiguration;
import ru.nastavnik.platform.events.EventPublicationMaintenance;
import ru.nastavnik.platform.events.FailedPublications;
import ru.nastavnik.platform.events.ListenerFailureRecorder;
import ru.nastavnik.platform.events.TenantScopedListenerAspect;
import ru.nastavnik.platform.security.PlatformSecurityConfiguration;
import ru.nastavnik.platform.security.TenantContextFilter;
import ru.nastavnik.platform.web.PlatformNavigation;
import ru.nastavnik.platform.web.RememberedRequestMappings;
import ru.nastavnik.platform.web.RussianFormats;
import ru.nastavnik.platform.web.StaticFileLinks;

/**
 * Everything the platform gives any Spring Boot application that has it on the classpath — the whole app, and each
 * business module's tests alone: database and tenancy, security, the shell's pages and the event plumbing.
 */
@AutoConfiguration(after = { PlatformDatabaseConfiguration.class, PlatformSecurityConfiguration.class },
		beforeName = { "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
				"org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration" })
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

	/** In place of Spring Boot's resource URL encoding filter (which then backs off): see {@link StaticFileLinks}. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticFileLinks() {
		var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new StaticFileLinks());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Spring MVC's request mappings with a memory of what each request resolved to: {@link RememberedRequestMappings}. */
	@Bean
	WebMvcRegistrations rememberedRequestMappings() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new RememberedRequestMappings();
			}
		};
	}

	@Bean
	static TenantScopedListenerAspect tenantScopedListenerAspect() {
		return new TenantScopedListenerAspect();
	}

	@Bean
	FailedPublications failedPublications(JdbcTemplate jdbc, IncompleteEventPublications incomplete) {
		return new FailedPublications(jdbc, incomplete);
	}

	@Bean
	EventPublicationMaintenance eventPublicationMaintenance(IncompleteEventPublications incomplete,
			FailedPublications failed, Environment env, JdbcTemplate jdbc) {
		return new EventPublicationMaintenance(incomplete, failed,
				env.getProperty("nastavnik.events.resubmit-older-than", Duration.class, Duration.ofMinutes(5)), jdbc,
				env.getProperty("nastavnik.events.in-flight", Duration.class, Duration.ofMinutes(5)));
	}

	@Bean
	ListenerFailureRecorder listenerFailureRecorder(JdbcTemplate jdbc, EventSerializer serializer) {
		return new ListenerFailureRecorder(jdbc, serializer);
	}

	@Bean
	io.swagger.v3.oas.models.OpenAPI nastavnikOpenApi() {
		return new io.swagger.v3.oas.models.OpenAPI().info(new io.swagger.v3.oas.models.info.Info()
			.title("Наставник API")
			.description("Целевая модель наставничества: API муниципалитетов (/api/{tenant}/...), регионов "
					+ "(/api/regions/{region}/...) и платформы. Вход для программ и скриптов — персональный API-токен: "
					+ "выпустите его на странице «API-токены» (/account/tokens) или запросом POST /api/me/tokens и "
					+ "передавайте в заголовке Authorization: Bearer <токен>. HTTP Basic (имя и пароль) оставлен для "
					+ "проб вручную: он проверяет пароль медленным хешем при каждом запросе.")
			.version("1"))
			.components(new io.swagger.v3.oas.models.Components()
				.addSecuritySchemes("token", new io.swagger.v3.oas.models.security.SecurityScheme()
					.type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
					.bearerFormat("nst_…")
					.description("Персональный API-токен (рекомендуется): роль и муниципалитет владельца, срок действия, "
							+ "отзыв, журнал использования"))
				.addSecuritySchemes("basic", new io.swagger.v3.oas.models.security.SecurityScheme()
					.type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("basic")
					.description("Имя и пароль — для проб вручную; медленно при каждом запросе")))
			.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("token"))
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
