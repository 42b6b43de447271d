package ru.nastavnik.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.tenancy.TenancyService;

/**
 * Sign-in and access for the whole instance. Browsers sign in with the Russian form at {@code /login}; API clients
 * use a personal API token ({@code Authorization: Bearer …}, {@link ApiTokens}) or, for trying things out, HTTP Basic
 * over the same accounts (or the browser session, with the CSRF header). Access by scope is decided in
 * {@link AccessRules}, here, for every endpoint.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@EnableWebSecurity
@EnableMethodSecurity
public class PlatformSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	LoginThrottle loginThrottle(JdbcClient jdbc) {
		return new LoginThrottle(jdbc, 5, Duration.ofMinutes(15), Duration.ofMinutes(5), Clock.systemUTC());
	}

	@Bean
	ApiTokens apiTokens(JdbcClient jdbc, org.springframework.core.env.Environment env) {
		return new ApiTokens(jdbc, Clock.systemUTC(),
				env.getProperty("nastavnik.api-tokens.cache-ttl", Duration.class, Duration.ofSeconds(10)));
	}

	@Bean(destroyMethod = "close")
	ApiTokenAudit apiTokenAudit(JdbcTemplate jdbc) {
		return new ApiTokenAudit(jdbc, Clock.systemUTC());
	}

	@Bean
	SecurityMaintenance securityMaintenance(LoginThrottle throttle, ApiTokenAudit audit) {
		return new SecurityMaintenance(throttle, audit);
	}

	static UserDetailsService userDetailsService(TenancyService tenancy) {
		return username -> tenancy.findAccount(username).map(account -> {
			String tenantSlug = null;
			String region = account.regionCode();
			if (account.tenantId() != null) {
				var tenant = tenancy.byId(account.tenantId()).orElseThrow();
				tenantSlug = tenant.slug();
				region = tenant.regionCode();
			}
			var user = new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
					account.tenantId(), tenantSlug, region, account.organizationId(), account.participantId(),
					account.representative());
			return new NastavnikPrincipal(user, account.passwordHash(), account.enabled());
		}).orElseThrow(() -> new UsernameNotFoundException("Неверное имя пользователя или пароль"));
	}

	@Bean
	AuthenticationProvider authenticationProvider(TenancyService tenancy, PasswordEncoder encoder,
			LoginThrottle throttle) {
		var dao = new DaoAuthenticationProvider(userDetailsService(tenancy));
		dao.setPasswordEncoder(encoder);
		dao.setMessageSource(ParticipantSignIns.russianAccountStatusMessages());
		return new ThrottledAuthenticationProvider(dao, throttle);
	}

	@Bean
	ParticipantSignIns participantSignIns(org.springframework.context.ApplicationEventPublisher events) {
		return new ParticipantSignIns(events);
	}

	@Bean
	CurrentUsers currentUsers() {
		return new SecurityCurrentUsers();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, ApiTokens tokens,
			ApiTokenAudit audit) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a
				.requestMatchers("/api/me", "/api/me/**").authenticated()
				.requestMatchers("/api/join/**").permitAll()
				.requestMatchers("/api/{tenant}/me", "/api/{tenant}/me/**").access(AccessRules.participantSelf())
				.requestMatchers(HttpMethod.GET, "/api/tenants", "/api/regions").hasAnyRole("PLATFORM_ADMIN", "MINISTRY_VIEWER")
				.requestMatchers("/api/tenants", "/api/tenants/**", "/api/regions", "/api/admin/**").hasRole("PLATFORM_ADMIN")
				.requestMatchers("/api/regions/{region}/**").access(AccessRules.regionViewer())
				.requestMatchers("/api/{tenant}/**").access(AccessRules.tenantMember())
				.anyRequest().denyAll())
			.addFilterBefore(new ApiTokenFilter(tokens, audit, problems), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.realmName("Nastavnik").authenticationEntryPoint(problems))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// no CSRF where there is no session to ride on: HTTP Basic, and the invitation link (its token is the credential)
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
				.ignoringRequestMatchers("/api/join/**"))
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
						"/favicon.ico", "/favicon.svg", "/public", "/public/**", "/join/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers("/actuator/**", "/admin/**").hasRole("PLATFORM_ADMIN")
				.requestMatchers("/r/{region}", "/r/{region}/**").access(AccessRules.regionViewer())
				.requestMatchers("/t/{tenant}/me", "/t/{tenant}/me/**").access(AccessRules.participantSelf())
				.requestMatchers("/t/{tenant}", "/t/{tenant}/**").access(AccessRules.tenantMember())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			// HTTP Basic too (actuator, scripts); browsers without credentials still get the sign-in form
			.httpBasic(basic -> basic.realmName("Nastavnik"))
			.headers(this::headers);
		return http.build();
	}

	private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
			.frameOptions(f -> f.deny());
	}

	@Bean
	ProblemResponses problemResponses() {
		return new ProblemResponses();
	}

	/** 401 and 403 for API clients as RFC 9457 problem details, in Russian. */
	static final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

		@Override
		public void commence(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response,
				org.springframework.security.core.AuthenticationException authException) throws java.io.IOException {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Nastavnik\", charset=\"UTF-8\"");
			String detail = authException instanceof org.springframework.security.authentication.LockedException
					? authException.getMessage() : "Требуется вход: укажите имя пользователя и пароль";
			write(response, 401, "Требуется вход", detail, request.getRequestURI());
		}

		@Override
		public void handle(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException e) throws java.io.IOException {
			write(response, 403, "Доступ запрещён", "У вашей учётной записи нет доступа к этому ресурсу",
					request.getRequestURI());
		}

		/** 401 for a bearer token that is unknown, expired or revoked (RFC 6750's {@code invalid_token}). */
		void refuseToken(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, String reason) throws java.io.IOException {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"Nastavnik\", error=\"invalid_token\"");
			write(response, 401, "Недействительный API-токен", reason, request.getRequestURI());
		}

		private static void write(jakarta.servlet.http.HttpServletResponse response, int status, String title,
				String detail, String instance) throws java.io.IOException {
			response.setStatus(status);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
					+ ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\"" + instance.replace("\"", "") + "\"}");
		}
	}
}
