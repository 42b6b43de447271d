package ru.nastavnik.platform.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.NavigationContributor;
import ru.nastavnik.platform.NavigationItem;
import ru.nastavnik.platform.TenantDirectory;

/** What the shell's layout needs on every page: the signed-in user, where they work, and their navigation. */
@ControllerAdvice(annotations = Controller.class)
public class LayoutModelAdvice {

	/** A navigation entry resolved for the current user. */
	public record NavLink(String label, String href, String description, boolean active) {
	}

	private final CurrentUsers users;

	private final List<NavigationContributor> contributors;

	private final TenantDirectory tenants;

	public LayoutModelAdvice(CurrentUsers users, List<NavigationContributor> contributors, TenantDirectory tenants) {
		this.users = users;
		this.contributors = contributors;
		this.tenants = tenants;
	}

	@ModelAttribute("currentUser")
	public CurrentUser currentUser() {
		return users.current().orElse(null);
	}

	@ModelAttribute("navigation")
	public List<NavLink> navigation(jakarta.servlet.http.HttpServletRequest request) {
		List<NavLink> links = users.current().map(this::navigationFor).orElse(List.of());
		String path = request.getRequestURI();
		// the longest link that is the path or a prefix of it is the current section
		String active = links.stream().map(NavLink::href)
			.filter(href -> path.equals(href) || path.startsWith(href + "/"))
			.max(Comparator.comparingInt(String::length)).orElse(null);
		return links.stream().map(l -> new NavLink(l.label(), l.href(), l.description(), l.href().equals(active))).toList();
	}

	@ModelAttribute("scopeTitle")
	public String scopeTitle() {
		return users.current().map(user -> {
			if (user.tenantId() != null) {
				return tenants.byId(user.tenantId()).map(t -> t.name()).orElse("");
			}
			if (user.regionCode() != null) {
				return tenants.inRegion(user.regionCode()).stream().findFirst().map(t -> t.regionName()).orElse(user.regionCode());
			}
			return "Вся платформа";
		}).orElse(null);
	}

	public List<NavLink> navigationFor(CurrentUser user) {
		return contributors.stream()
			.flatMap(c -> c.navigation().stream())
			.filter(item -> item.roles().contains(user.role()))
			.sorted(Comparator.comparingInt(NavigationItem::order))
			.map(item -> new NavLink(item.label(), item.resolve(user), item.description(), false))
			.toList();
	}
}
