package ru.nastavnik.platform;

import java.util.Map;

/**
 * A block a module puts on a role's home page, rendered from the module's own Thymeleaf fragment.
 *
 * @param order    position (smaller first)
 * @param template the module's template, e.g. {@code roadmap/widgets}
 * @param fragment the fragment in it taking one parameter {@code model}, e.g. {@code dueThisMonth}
 * @param model    what the fragment shows
 */
public record HomeWidget(int order, String template, String fragment, Map<String, Object> model) {
}
