package ru.nastavnik.roadmap.adapter.in.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.HomeWidget;
import ru.nastavnik.platform.HomeWidgetContributor;
import ru.nastavnik.platform.NavigationContributor;
import ru.nastavnik.platform.NavigationItem;
import ru.nastavnik.platform.Role;
import ru.nastavnik.roadmap.application.RoadmapService;

/** «Дорожная карта» in the navigation, and "this month / overdue" on the home page of the tenant's users. */
@Component
class RoadmapNavigation implements NavigationContributor, HomeWidgetContributor {

    private final RoadmapService roadmaps;

    RoadmapNavigation(RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("Дорожная карта", "/t/{tenant}/roadmap", 10,
                Set.of(Role.COORDINATOR, Role.SCHOOL_CURATOR),
                "Мероприятия дорожной карты, сроки, статусы и подтверждения"));
    }

    @Override
    public Optional<HomeWidget> widget(CurrentUser user) {
        if (!user.role().isTenantRole() || user.tenantSlug() == null) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("tenant", user.tenantSlug());
        model.put("coordinator", user.isCoordinator());
        roadmaps.dueList().ifPresent(d -> model.put("due", d));
        return Optional.of(new HomeWidget(10, "roadmap/widgets", "dueThisMonth", model));
    }
}
