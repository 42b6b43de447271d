package ru.nastavnik.monitoring.adapter.in.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.nastavnik.platform.NavigationContributor;
import ru.nastavnik.platform.NavigationItem;
import ru.nastavnik.platform.Role;

/** Monitoring in the shell's navigation: the municipality's monitoring, the ministry's regional summary. */
@Component
class MonitoringNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation() {
		return List.of(
				new NavigationItem("Мониторинг", "/t/{tenant}/monitoring", 40, Set.of(Role.COORDINATOR, Role.SCHOOL_CURATOR),
						"Целевые показатели и их значения, срезы, анкеты, готовность ОО, аналитические справки"),
				new NavigationItem("Сводка по региону", "/r/{region}/summary", 10, Set.of(Role.MINISTRY_VIEWER),
						"Показатели муниципалитетов рядом с целевыми значениями, дорожные карты, пары по формам"),
				new NavigationItem("Анкеты мониторинга", "/t/{tenant}/me/surveys", 40, Set.of(Role.PARTICIPANT),
						"Оценка программы и своего роста: ответы анонимны, видны только сводно"));
	}
}
