package ru.nastavnik.roadmap.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.roadmap.domain.progress.DocumentEvidence;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;
import ru.nastavnik.roadmap.domain.tracking.Roadmap;
import ru.nastavnik.roadmap.domain.tracking.RoadmapItem;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

/**
 * Demo content of the four product tenants: a roadmap adopted from the bundled template for the seed's period by the
 * seed's order (or «б/н» where the seed prints no number), with the first steps done with the documents the seeds
 * name, one item in progress — and, the periods being past, the rest overdue. Idempotent.
 */
@Component
class DemoRoadmaps {

    private record Step(String item, String kind, String number, LocalDate date, String title) {
    }

    private record Demo(String orderNumber, LocalDate orderDate, List<Step> done, String inProgress) {
    }

    private static final Map<String, Demo> DEMOS = Map.of(
            "sasovo", new Demo("94/1", LocalDate.of(2020, 8, 20), List.of(
                    new Step("1", "приказ", "94/1", LocalDate.of(2020, 8, 20),
                            "Об утверждении Плана мероприятий (дорожной карты) в образовательных организациях Сасовского муниципального района"),
                    new Step("2", "информационное письмо", "412", LocalDate.of(2020, 9, 25),
                            "О составе участников программ наставничества в образовательных организациях")),
                    "3"),
            "dagestanskie-ogni", new Demo("05", LocalDate.of(2023, 1, 20), List.of(
                    new Step("1.1", "приказ", "05", LocalDate.of(2023, 1, 20),
                            "О внедрении Муниципальной целевой модели наставничества педагогических работников и обучающихся"),
                    new Step("1.2", "приказ", "05", LocalDate.of(2023, 1, 20), "Положение о МЦМН (приложение 1 к приказу)"),
                    new Step("1.3", "приказ", "05", LocalDate.of(2023, 1, 20),
                            "Муниципальная дорожная карта внедрения МЦМН (приложение 2 к приказу)")),
                    "1.4"),
            "sosnovka", new Demo("б/н", LocalDate.of(2020, 6, 15), List.of(
                    new Step("1", "постановление администрации района", "б/н", LocalDate.of(2020, 6, 15),
                            "О внедрении методологии (целевой модели) наставничества обучающихся в Сосновском районе"),
                    new Step("2", "постановление администрации района", "б/н", LocalDate.of(2020, 6, 15),
                            "Муниципальная дорожная карта внедрения целевой модели наставничества (приложение)")),
                    "3"),
            "michurinsk", new Demo("б/н", LocalDate.of(2020, 6, 15), List.of(
                    new Step("1", "приказ УНО г. Мичуринска", "б/н", LocalDate.of(2020, 6, 1),
                            "О внедрении муниципальной целевой модели наставничества"),
                    new Step("2", "приказ УНО г. Мичуринска", "б/н", LocalDate.of(2020, 6, 2),
                            "О назначении куратора внедрения муниципальной целевой модели наставничества"),
                    new Step("3", "дорожная карта", "б/н", LocalDate.of(2020, 6, 15),
                            "Дорожная карта внедрения муниципальной целевой модели наставничества на 2020-2021 учебный год")),
                    "6"));

    private final RoadmapService service;

    private final TemplateService templates;

    private final Roadmaps roadmaps;

    private final RoadmapClock clock;

    DemoRoadmaps(RoadmapService service, TemplateService templates, Roadmaps roadmaps, RoadmapClock clock) {
        this.service = service;
        this.templates = templates;
        this.roadmaps = roadmaps;
        this.clock = clock;
    }

    /** In the current tenant: adopts the demo roadmap unless the tenant has a roadmap already. */
    @Transactional
    public void ensure(String slug) {
        Demo demo = DEMOS.get(slug);
        if (demo == null) {
            return;
        }
        roadmaps.lockTenant("roadmap.demo");
        if (!roadmaps.all().isEmpty() || templates.current().isEmpty()) {
            return;
        }
        var template = templates.require();
        Roadmap roadmap = service.adopt(new RoadmapService.AdoptCommand(template.version().number(),
                template.template().period(), demo.orderNumber(), demo.orderDate()), "система (демонстрационные данные)");
        List<RoadmapItem> items = roadmaps.items(roadmap.id());
        for (Step step : demo.done()) {
            for (Occurrence o : first(items, step.item(), roadmap.id())) {
                Occurrence done = o.with(o.progress().complete(
                        new DocumentEvidence(step.kind(), step.number(), step.date(), step.title(), null)));
                roadmaps.update(done, clock.now());
            }
        }
        for (Occurrence o : first(items, demo.inProgress(), roadmap.id())) {
            roadmaps.update(o.with(o.progress().start()), clock.now());
        }
        service.publishProgress(roadmap.id());
    }

    /** The first planned occurrence(s) of the item numbered so (one per school for school items). */
    private List<Occurrence> first(List<RoadmapItem> items, String number, UUID roadmapId) {
        return items.stream().filter(i -> i.number().replaceAll("\\.+$", "").equals(number)).findFirst()
                .map(i -> roadmaps.occurrencesOfItem(i.id()).stream().filter(o -> o.seq() == 0).toList())
                .orElse(List.of());
    }
}
