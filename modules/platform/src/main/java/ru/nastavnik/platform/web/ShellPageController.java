package ru.nastavnik.platform.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.HomeWidget;
import ru.nastavnik.platform.HomeWidgetContributor;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.PlatformSettings;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantDirectory;

/** Sign-in page and the home page of each role. */
@Controller
public class ShellPageController {

	private final CurrentUsers users;

	private final TenantDirectory tenants;

	private final List<HomeWidgetContributor> widgets;

	private final LayoutModelAdvice layout;

	private final PlatformSettings settings;

	public ShellPageController(CurrentUsers users, TenantDirectory tenants, List<HomeWidgetContributor> widgets,
			LayoutModelAdvice layout, PlatformSettings settings) {
		this.users = users;
		this.tenants = tenants;
		this.widgets = widgets;
		this.layout = layout;
		this.settings = settings;
	}

	@GetMapping("/login")
	public String login(Model model) {
		model.addAttribute("demo", settings.demo());
		return "platform/login";
	}

	@GetMapping("/")
	public String home() {
		CurrentUser user = users.require();
		return switch (user.role()) {
			case PLATFORM_ADMIN -> "redirect:/admin/tenants";
			case MINISTRY_VIEWER -> "redirect:/r/" + user.regionCode();
			case COORDINATOR, SCHOOL_CURATOR -> "redirect:/t/" + user.tenantSlug();
			case PARTICIPANT -> "redirect:/t/" + user.tenantSlug() + "/me";
		};
	}

	@GetMapping("/t/{tenant}")
	public String tenantHome(@PathVariable String tenant, Model model) {
		CurrentUser user = users.require();
		var summary = tenants.bySlug(tenant).orElseThrow(() -> new NotFoundProblem("Муниципалитет не найден"));
		model.addAttribute("tenant", summary);
		model.addAttribute("modules", layout.navigationFor(user).stream().filter(l -> !l.href().equals("/t/" + tenant)).toList());
		model.addAttribute("widgets", widgets.stream()
			.flatMap(w -> w.widget(user).stream())
			.sorted(Comparator.comparingInt(HomeWidget::order))
			.toList());
		return "platform/home-tenant";
	}

	@GetMapping("/r/{region}")
	public String regionHome(@PathVariable String region, Model model) {
		CurrentUser user = users.require();
		var members = tenants.inRegion(region);
		model.addAttribute("regionName", members.isEmpty() ? region : members.get(0).regionName());
		model.addAttribute("municipalities", members);
		model.addAttribute("modules", layout.navigationFor(user).stream().filter(l -> !l.href().equals("/r/" + region)).toList());
		model.addAttribute("widgets", widgets.stream()
			.flatMap(w -> w.widget(user).stream())
			.sorted(Comparator.comparingInt(HomeWidget::order))
			.toList());
		model.addAttribute("isMinistry", user.role() == Role.MINISTRY_VIEWER);
		return "platform/home-region";
	}
}
