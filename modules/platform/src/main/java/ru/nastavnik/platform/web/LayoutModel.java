package ru.nastavnik.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.NavigationContributor;
import ru.nastavnik.platform.NavigationItem;
import ru.nastavnik.platform.TenantDirectory;

/**
 * What the shell's layout needs on every page: the signed-in user, where they work, and their navigation — added to the
 * model of a page about to be rendered ({@link #postHandle}), and only then: not for an API answer, a redirect or an
 * htmx fragment, which do not show the layout. (As a {@code @ModelAttribute} advice it ran before every handler,
 * {@code @RestController}s included, and cost each API request a tenant lookup; docs/benchmarks.md.) Exception
 * handlers' pages get it from {@link PageProblemAdvice}.
 */
@Component
public class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

	/** A navigation entry resolved for the current user. */
	public record NavLink(String label, String href, String description, boolean active) {
	}

	private final CurrentUsers users;

	private final List<NavigationContributor> contributors;

	private final TenantDirectory tenants;

	public LayoutModel(CurrentUsers users, List<NavigationContributor> contributors, TenantDirectory tenants) {
		this.users = users;
		this.contributors = contributors;
		this.tenants = tenants;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !showsLayout(page)) {
			return;
		}
		var model = page.getModelMap();
		if (!model.containsAttribute("currentUser")) {
			model.addAttribute("currentUser", currentUser());
		}
		if (!model.containsAttribute("navigation")) {
			model.addAttribute("navigation", navigation(request));
		}
		if (!model.containsAttribute("scopeTitle")) {
			model.addAttribute("scopeTitle", scopeTitle());
		}
	}

	/** A page rendered by a template — not a redirect or forward, nor a fragment of a template (htmx). */
	static boolean showsLayout(ModelAndView page) {
		String name = page.getViewName();
		if (name != null) {
			return !name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
					&& !name.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX) && !name.contains("::");
		}
		return page.getView() != null && !(page.getView() instanceof SmartView view && view.isRedirectView());
	}

	public CurrentUser currentUser() {
		return users.current().orElse(null);
	}

	public List<NavLink> navigation(HttpServletRequest request) {
		List<NavLink> links = users.current().map(this::navigationFor).orElse(List.of());
		String path = request.getRequestURI();
		// the longest link that is the path or a prefix of it is the current section
		String active = links.stream().map(NavLink::href)
			.filter(href -> path.equals(href) || path.startsWith(href + "/"))
			.max(Comparator.comparingInt(String::length)).orElse(null);
		return links.stream().map(l -> new NavLink(l.label(), l.href(), l.description(), l.href().equals(active))).toList();
	}

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
