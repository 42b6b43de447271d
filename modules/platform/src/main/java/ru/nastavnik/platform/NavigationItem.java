package ru.nastavnik.platform;

import java.util.Set;

/**
 * An entry of the web shell's navigation, contributed by a module.
 *
 * @param label       Russian label
 * @param pathPattern path with {@code {tenant}} or {@code {region}} placeholders, e.g. {@code /t/{tenant}/roadmap}
 * @param order       position (smaller first)
 * @param roles       who sees it
 * @param description one line for the module card on the home page
 */
public record NavigationItem(String label, String pathPattern, int order, Set<Role> roles, String description) {

	public String resolve(CurrentUser user) {
		String path = pathPattern;
		if (user.tenantSlug() != null) {
			path = path.replace("{tenant}", user.tenantSlug());
		}
		if (user.regionCode() != null) {
			path = path.replace("{region}", user.regionCode());
		}
		return path;
	}
}
