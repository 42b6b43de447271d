package ru.nastavnik.platform.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.platform.tenancy.TenancyService;

/** The platform's API: who am I, tenants, regions, and onboarding a municipality with its first coordinator. */
@RestController
@Tag(name = "Платформа", description = "Учётная запись, муниципалитеты и регионы")
public class PlatformApiController {

	private final CurrentUsers users;

	private final TenancyService tenancy;

	public PlatformApiController(CurrentUsers users, TenancyService tenancy) {
		this.users = users;
		this.tenancy = tenancy;
	}

	public record Me(String username, String displayName, Role role, String roleTitle, String tenant, String tenantName,
			String region, UUID organizationId) {
	}

	public record TenantView(String slug, String name, String region, String regionName, String authority) {

		static TenantView of(TenantSummary t) {
			return new TenantView(t.slug(), t.name(), t.regionCode(), t.regionName(), t.authority());
		}
	}

	public record RegionView(String code, String name) {
	}

	public record NewCoordinator(String username, String password, String displayName) {
	}

	public record AccountView(String username, String displayName, Role role, String tenant) {
	}

	@GetMapping("/api/me")
	@Operation(summary = "Текущая учётная запись, её роль, муниципалитет или регион")
	public Me me() {
		CurrentUser user = users.require();
		String tenantName = user.tenantId() == null ? null : tenancy.byId(user.tenantId()).map(TenantSummary::name).orElse(null);
		return new Me(user.username(), user.displayName(), user.role(), user.role().title(), user.tenantSlug(),
				tenantName, user.regionCode(), user.organizationId());
	}

	@GetMapping("/api/tenants")
	@Operation(summary = "Муниципалитеты: администратору — все, министерству — своего региона")
	public List<TenantView> tenants() {
		CurrentUser user = users.require();
		var list = user.role() == Role.PLATFORM_ADMIN ? tenancy.all() : tenancy.inRegion(user.regionCode());
		return list.stream().map(TenantView::of).toList();
	}

	@PostMapping("/api/tenants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Подключить муниципалитет (администратор платформы)")
	public TenantView createTenant(@RequestBody TenancyService.NewTenant request) {
		return TenantView.of(tenancy.createTenant(request, false));
	}

	@PostMapping("/api/tenants/{slug}/coordinators")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Создать координатора муниципалитета (администратор платформы)")
	public AccountView createCoordinator(@PathVariable String slug, @RequestBody NewCoordinator request) {
		var tenant = tenancy.bySlug(slug).orElseThrow(() -> new NotFoundProblem("Муниципалитет «" + slug + "» не найден"));
		var account = tenancy.createAccount(new TenancyService.NewAccount(request.username(), request.password(),
				request.displayName(), Role.COORDINATOR, tenant.id(), null, null));
		return new AccountView(account.username(), account.displayName(), account.role(), slug);
	}

	@GetMapping("/api/regions")
	@Operation(summary = "Регионы")
	public List<RegionView> regions() {
		return tenancy.regions().stream().map(r -> new RegionView(r.code(), r.name())).toList();
	}
}
