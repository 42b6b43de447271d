package ru.nastavnik.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every application built on the platform runs with (the app and each module's tests alike); any of them
 * can be overridden by ordinary configuration.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

	static final Map<String, Object> DEFAULTS;

	static {
		var d = new LinkedHashMap<String, Object>();
		// the event publication registry: table created by the platform's migration, completed entries deleted
		d.put("spring.modulith.events.jdbc.schema-initialization.enabled", "false");
		d.put("spring.modulith.events.jdbc.schema", "platform");
		d.put("spring.modulith.events.completion-mode", "delete");
		d.put("spring.modulith.events.republish-outstanding-events-on-restart", "true");
		// errors
		d.put("spring.mvc.problemdetails.enabled", "true");
		d.put("server.error.include-message", "always");
		d.put("server.error.whitelabel.enabled", "false");
		// Russian everywhere
		d.put("spring.web.locale", "ru_RU");
		d.put("spring.web.locale-resolver", "fixed");
		d.put("spring.jackson.time-zone", "Europe/Moscow");
		d.put("spring.threads.virtual.enabled", "false");
		d.put("spring.servlet.multipart.max-file-size", "50MB");
		d.put("spring.servlet.multipart.max-request-size", "60MB");
		// OpenAPI and the Swagger UI
		d.put("springdoc.api-docs.path", "/v3/api-docs");
		d.put("springdoc.swagger-ui.path", "/swagger-ui.html");
		// the API, and the public machine-readable feeds (iCalendar, Atom) that calendar and feed readers fetch without
		// sign-in; the public HTML pages are not part of the API
		d.put("springdoc.paths-to-match", "/api/**,/public/**/*.ics,/public/**/*.atom");
		// actuator: health with the database, info, metrics, and Spring Modulith's modules
		d.put("management.endpoints.web.exposure.include", "health,info,metrics,modulith");
		d.put("management.endpoint.health.show-details", "when-authorized");
		d.put("management.endpoint.health.roles", "PLATFORM_ADMIN");
		d.put("management.info.env.enabled", "true");
		d.put("info.app.name", "Наставник");
		d.put("info.app.description", "Целевая модель наставничества: муниципальная платформа");
		d.put("spring.thymeleaf.cache", "true");
		// templates' ${…} expressions compiled to bytecode once they have run (Thymeleaf uses SpEL's MIXED mode: an
		// expression that cannot be compiled, or whose compiled form fails, is interpreted as before)
		d.put("spring.thymeleaf.enable-spring-el-compiler", "true");
		DEFAULTS = Map.copyOf(d);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource("nastavnikPlatformDefaults", DEFAULTS));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
