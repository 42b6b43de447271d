package ru.nastavnik.publication.adapter.in.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.nastavnik.platform.NavigationContributor;
import ru.nastavnik.platform.NavigationItem;
import ru.nastavnik.platform.Role;

/** «Публикации» for the municipality; the region's recommended practices for the ministry. */
@Component
class PublicationNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation() {
		return List.of(
				new NavigationItem("Публикации", "/t/{tenant}/publication", 50, Set.of(Role.COORDINATOR, Role.SCHOOL_CURATOR),
						"Лучшие практики, новости, лучшие наставники, результаты мониторинга и документы; публичный раздел"),
				new NavigationItem("Лучшие практики региона", "/r/{region}/cases", 50, Set.of(Role.MINISTRY_VIEWER),
						"Кейсы, рекомендованные муниципалитетами для региона"));
	}
}
