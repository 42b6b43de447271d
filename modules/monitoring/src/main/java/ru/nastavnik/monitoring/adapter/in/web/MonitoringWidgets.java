package ru.nastavnik.monitoring.adapter.in.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.monitoring.application.RegionalSummaryService;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.HomeWidget;
import ru.nastavnik.platform.HomeWidgetContributor;
import ru.nastavnik.platform.Role;

/** Indicators against targets at a glance: on the coordinator's home, and the region's on the ministry's home. */
@Component
class MonitoringWidgets implements HomeWidgetContributor {

	private final IndicatorService indicators;

	private final RegionalSummaryService summaries;

	MonitoringWidgets(IndicatorService indicators, RegionalSummaryService summaries) {
		this.indicators = indicators;
		this.summaries = summaries;
	}

	@Override
	public Optional<HomeWidget> widget(CurrentUser user) {
		LocalDate today = LocalDate.now();
		if (user.role() == Role.COORDINATOR) {
			return Optional.of(new HomeWidget(20, "monitoring/widgets", "indicators", Map.of("values",
					indicators.values(today, null, null), "date", today, "href", "/t/" + user.tenantSlug() + "/monitoring")));
		}
		if (user.role() == Role.MINISTRY_VIEWER && user.regionCode() != null) {
			return Optional.of(new HomeWidget(10, "monitoring/widgets", "region",
					Map.of("summary", summaries.summary(user.regionCode(), today), "href", "/r/" + user.regionCode() + "/summary")));
		}
		return Optional.empty();
	}
}
