package ru.nastavnik.platform.web;

import java.util.List;
import java.util.Set;

import ru.nastavnik.platform.NavigationContributor;
import ru.nastavnik.platform.NavigationItem;
import ru.nastavnik.platform.Role;

/** The platform's own entries: home pages and administration. */
public class PlatformNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation() {
		return List.of(
				new NavigationItem("Главная", "/t/{tenant}", 0, Set.of(Role.COORDINATOR, Role.SCHOOL_CURATOR),
						"Что нужно сделать в этом месяце и что просрочено"),
				new NavigationItem("Муниципалитеты региона", "/r/{region}", 0, Set.of(Role.MINISTRY_VIEWER),
						"Муниципалитеты региона и их показатели"),
				new NavigationItem("Муниципалитеты", "/admin/tenants", 0, Set.of(Role.PLATFORM_ADMIN),
						"Подключение муниципалитетов и их координаторов"),
				new NavigationItem("Обработка событий", "/admin/events", 10, Set.of(Role.PLATFORM_ADMIN),
						"Необработанные и неудавшиеся события модулей, их ошибки и повторная отправка"),
				new NavigationItem("API-токены", "/account/tokens", 890, Set.of(Role.values()),
						"Персональные токены для программ и скриптов, журнал их использования"),
				new NavigationItem("API", "/swagger-ui.html", 900, Set.of(Role.values()),
						"Описание программного интерфейса (OpenAPI)"));
	}
}
