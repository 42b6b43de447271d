package ru.nastavnik.platform.tenancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantCreated;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantSummary;

/** Onboards municipalities and keeps accounts. Validation messages are Russian: they reach the UI as they are. */
@Service
public class TenancyService implements TenantDirectory {

	/** Lower-case Latin letters, digits and inner hyphens, 2–40 characters (becomes part of every URL). */
	static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

	/** Path words that a tenant slug would shadow. */
	static final Set<String> RESERVED_SLUGS = Set.of("tenants", "regions", "me", "admin", "public", "api", "login",
			"logout", "actuator", "swagger-ui", "v3", "webjars", "css", "js", "error", "t", "r", "join");

	static final Pattern USERNAME = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9._-]{1,79}$");

	private final TenancyStore store;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	TenancyService(TenancyStore store, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.store = store;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	public record NewTenant(String slug, String name, String regionCode, String authority) {
	}

	/** Creates a municipality; publishes {@link TenantCreated}. Every fault is reported at once, by field. */
	@Transactional
	public TenantSummary createTenant(NewTenant request, boolean demo) {
		var errors = new ArrayList<FieldError>();
		String slug = request.slug() == null ? "" : request.slug().trim();
		if (!StringUtils.hasText(slug)) {
			errors.add(new FieldError("slug", "Укажите код муниципалитета (латиницей, например «sasovo»)"));
		}
		else if (slug.length() < 2 || slug.length() > 40 || !SLUG.matcher(slug).matches()) {
			errors.add(new FieldError("slug", "Код «" + slug + "» недопустим: только строчные латинские буквы, цифры и "
					+ "дефисы между ними, от 2 до 40 символов, первой — буква"));
		}
		else if (RESERVED_SLUGS.contains(slug)) {
			errors.add(new FieldError("slug", "Код «" + slug + "» зарезервирован системой, выберите другой"));
		}
		else if (store.tenantBySlug(slug).isPresent()) {
			errors.add(new FieldError("slug", "Муниципалитет с кодом «" + slug + "» уже существует"));
		}
		if (!StringUtils.hasText(request.name())) {
			errors.add(new FieldError("name", "Укажите наименование муниципалитета"));
		}
		if (!StringUtils.hasText(request.authority())) {
			errors.add(new FieldError("authority", "Укажите орган управления образованием"));
		}
		if (!StringUtils.hasText(request.regionCode())) {
			errors.add(new FieldError("regionCode", "Укажите регион"));
		}
		else if (!store.regionExists(request.regionCode())) {
			errors.add(new FieldError("regionCode", "Регион «" + request.regionCode() + "» не найден"));
		}
		if (!errors.isEmpty()) {
			boolean duplicate = errors.stream().anyMatch(e -> e.message().contains("уже существует"));
			throw new BusinessRuleProblem(duplicate ? BusinessRuleProblem.Kind.CONFLICT : BusinessRuleProblem.Kind.INVALID,
					duplicate ? "Муниципалитет с таким кодом уже существует" : "Проверьте данные муниципалитета", errors);
		}
		Tenant tenant = Tenant.create(slug, request.name().trim(), request.regionCode(), request.authority().trim());
		store.insert(tenant);
		events.publishEvent(new TenantCreated(new TenantId(tenant.id()), tenant.slug(), tenant.name(),
				tenant.regionCode(), tenant.authority(), demo));
		return summary(tenant);
	}

	/**
	 * Onboards a municipality and, when given, its first coordinator, in one transaction: if the coordinator is
	 * refused, the municipality is not created either.
	 */
	@Transactional
	public TenantSummary createTenantWithCoordinator(NewTenant tenant, NewAccount coordinator) {
		TenantSummary created = createTenant(tenant, false);
		if (coordinator != null) {
			try {
				createAccount(new NewAccount(coordinator.username(), coordinator.password(), coordinator.displayName(),
						Role.COORDINATOR, created.id(), null, null));
			}
			catch (BusinessRuleProblem e) {
				throw new BusinessRuleProblem(e.kind(), e.getMessage(), e.errors().stream()
					.map(err -> new FieldError(switch (err.field()) {
						case "displayName" -> "coordinatorName";
						default -> "coordinator" + Character.toUpperCase(err.field().charAt(0)) + err.field().substring(1);
					}, err.message()))
					.toList());
			}
		}
		return created;
	}

	public record NewAccount(String username, String password, String displayName, Role role, TenantId tenantId,
			String regionCode, UUID organizationId) {
	}

	@Transactional
	public Account createAccount(NewAccount request) {
		var errors = new ArrayList<FieldError>();
		if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
			errors.add(new FieldError("username",
					"Имя пользователя: от 2 до 80 латинских букв, цифр, точек, дефисов или подчёркиваний"));
		}
		else if (store.accountByUsername(request.username()).isPresent()) {
			errors.add(new FieldError("username", "Пользователь «" + request.username() + "» уже существует"));
		}
		if (request.password() == null || request.password().length() < 4) {
			errors.add(new FieldError("password", "Пароль должен быть не короче 4 символов"));
		}
		if (!StringUtils.hasText(request.displayName())) {
			errors.add(new FieldError("displayName", "Укажите ФИО или наименование пользователя"));
		}
		if (request.role() == null) {
			errors.add(new FieldError("role", "Укажите роль"));
		}
		else if (request.role() == Role.PARTICIPANT) {
			errors.add(new FieldError("role", "Учётную запись участника создаёт сам участник по приглашению куратора"));
		}
		else if (request.role().isTenantRole() && request.tenantId() == null) {
			errors.add(new FieldError("tenantId", "Укажите муниципалитет"));
		}
		else if (request.role() == Role.MINISTRY_VIEWER && !store.regionExists(String.valueOf(request.regionCode()))) {
			errors.add(new FieldError("regionCode", "Укажите существующий регион"));
		}
		else if (request.role() == Role.SCHOOL_CURATOR && request.organizationId() == null) {
			errors.add(new FieldError("organizationId", "Укажите образовательную организацию куратора"));
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте данные пользователя", errors);
		}
		String region = switch (request.role()) {
			case MINISTRY_VIEWER -> request.regionCode();
			case PLATFORM_ADMIN -> null;
			default -> null;
		};
		Account account = new Account(UUID.randomUUID(), request.username(), passwordEncoder.encode(request.password()),
				request.displayName().trim(), request.role(), request.role().isTenantRole() ? request.tenantId() : null,
				region, request.role() == Role.SCHOOL_CURATOR ? request.organizationId() : null, true, Instant.now());
		store.insert(account);
		return account;
	}

	@Transactional(readOnly = true)
	public Optional<Account> findAccount(String username) {
		return store.accountByUsername(username);
	}

	@Transactional(readOnly = true)
	public boolean anyAccountWithRole(Role role) {
		return store.anyAccountWithRole(role);
	}

	@Transactional(readOnly = true)
	public List<Account> accountsOf(TenantId tenant) {
		return store.accountsOf(tenant);
	}

	@Transactional(readOnly = true)
	public List<Region> regions() {
		return store.regions();
	}

	@Transactional(readOnly = true)
	public Region region(String code) {
		return store.region(code).orElseThrow(() -> new NotFoundProblem("Регион «" + code + "» не найден"));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TenantSummary> bySlug(String slug) {
		return store.tenantBySlug(slug).map(this::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TenantSummary> byId(TenantId id) {
		return store.tenantById(id.value()).map(this::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TenantSummary> inRegion(String regionCode) {
		return store.tenantsInRegion(regionCode).stream().map(this::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<TenantSummary> all() {
		return store.tenants().stream().map(this::summary).toList();
	}

	private TenantSummary summary(Tenant tenant) {
		String regionName = store.region(tenant.regionCode()).map(Region::name).orElse(tenant.regionCode());
		return new TenantSummary(new TenantId(tenant.id()), tenant.slug(), tenant.name(), tenant.regionCode(), regionName,
				tenant.authority());
	}
}
