package ru.nastavnik.registry.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.HomeWidget;
import ru.nastavnik.platform.HomeWidgetContributor;
import ru.nastavnik.platform.NavigationContributor;
import ru.nastavnik.platform.NavigationItem;
import ru.nastavnik.platform.Role;
import ru.nastavnik.registry.application.ParticipantService;

/** The registry in the shell: the «Реестр» entry and the counts on the home page. */
@Component
class RegistryNavigation implements NavigationContributor, HomeWidgetContributor {

    private final ParticipantService participants;

    RegistryNavigation(ParticipantService participants) {
        this.participants = participants;
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("Реестр", "/t/{tenant}/registry", 20,
                Set.of(Role.COORDINATOR, Role.SCHOOL_CURATOR),
                "Наставники и наставляемые, организации и контингент, согласия, загрузка списков"),
                new NavigationItem("Мои данные", "/t/{tenant}/me", 10, Set.of(Role.PARTICIPANT),
                        "Ваши сведения в реестре и согласия на обработку и публикацию персональных данных"));
    }

    @Override
    public Optional<HomeWidget> widget(CurrentUser user) {
        if (!user.role().isTenantRole() || user.tenantSlug() == null) {
            return Optional.empty();
        }
        var model = new LinkedHashMap<String, Object>(participants.counts());
        model.put("href", "/t/" + user.tenantSlug() + "/registry");
        return Optional.of(new HomeWidget(20, "registry/widgets", "counts", model));
    }
}
