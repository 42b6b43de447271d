package ru.nastavnik.roadmap.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.roadmap.OccurrenceCompleted;
import ru.nastavnik.roadmap.RoadmapAdopted;
import ru.nastavnik.roadmap.RoadmapProgressChanged;
import ru.nastavnik.roadmap.application.RoadmapViews.DueEntry;
import ru.nastavnik.roadmap.application.RoadmapViews.DueList;
import ru.nastavnik.roadmap.application.RoadmapViews.EvidenceView;
import ru.nastavnik.roadmap.application.RoadmapViews.ItemView;
import ru.nastavnik.roadmap.application.RoadmapViews.OccurrenceView;
import ru.nastavnik.roadmap.application.RoadmapViews.PlannedView;
import ru.nastavnik.roadmap.application.RoadmapViews.RoadmapSummary;
import ru.nastavnik.roadmap.application.RoadmapViews.RoadmapView;
import ru.nastavnik.roadmap.application.RoadmapViews.SectionView;
import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.progress.DocumentEvidence;
import ru.nastavnik.roadmap.domain.progress.Evidence;
import ru.nastavnik.roadmap.domain.progress.LinkEvidence;
import ru.nastavnik.roadmap.domain.progress.OccurrenceProgress;
import ru.nastavnik.roadmap.domain.progress.OccurrenceStatus;
import ru.nastavnik.roadmap.domain.progress.ProgressActor;
import ru.nastavnik.roadmap.domain.progress.ProgressRuleViolation;
import ru.nastavnik.roadmap.domain.template.TemplateVersion;
import ru.nastavnik.roadmap.domain.tracking.Adoption;
import ru.nastavnik.roadmap.domain.tracking.AdoptedRoadmap;
import ru.nastavnik.roadmap.domain.tracking.AdoptionRejected;
import ru.nastavnik.roadmap.domain.tracking.EvidenceFilePolicy;
import ru.nastavnik.roadmap.domain.tracking.EvidenceFiles;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;
import ru.nastavnik.roadmap.domain.tracking.Roadmap;
import ru.nastavnik.roadmap.domain.tracking.RoadmapItem;
import ru.nastavnik.roadmap.domain.tracking.RoadmapProgress;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;
import ru.nastavnik.roadmap.domain.tracking.School;
import ru.nastavnik.roadmap.domain.tracking.Schools;
import ru.nastavnik.roadmap.domain.tracking.SelfCompletion;
import ru.nastavnik.roadmap.domain.tracking.StoredFile;

/**
 * Roadmaps of the current tenant: adoption from a template version, tracking of every occurrence with evidence,
 * self-completion by other modules' events, the schools' occurrences, and the read models of the pages and the API.
 * Publishes {@link RoadmapAdopted}, {@link OccurrenceCompleted} and, after any status change, {@link RoadmapProgressChanged}.
 */
@Service
@Transactional
public class RoadmapService {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A document proving an occurrence done; {@code content} empty or {@code null} for none. */
    /**
     * The work that writes many occurrences of a tenant at once — adoption, a new school's occurrences, self-completion,
     * the overdue claim — runs one at a time per tenant: otherwise the listeners of a burst of events (the demo's
     * schools arrive together) lock the same rows in different orders and deadlock, and an adoption racing a new school
     * could miss it.
     */
    public static final String OCCURRENCES_LOCK = "roadmap.occurrences";

    public record DocumentInput(String kind, String number, LocalDate date, String title, String fileName, byte[] content) {
    }

    /** A published page proving an occurrence done. */
    public record LinkInput(String url, String title) {
    }

    /** What the coordinator asks for when adopting; {@code templateVersion} null for the latest. */
    public record AdoptCommand(Integer templateVersion, PlanPeriod period, String orderNumber, LocalDate orderDate) {
    }

    private final Roadmaps roadmaps;

    private final Schools schools;

    private final EvidenceFiles files;

    private final TemplateService templates;

    private final CurrentUsers users;

    private final RoadmapClock clock;

    private final ApplicationEventPublisher events;

    RoadmapService(Roadmaps roadmaps, Schools schools, EvidenceFiles files, TemplateService templates, CurrentUsers users,
            RoadmapClock clock, ApplicationEventPublisher events) {
        this.roadmaps = roadmaps;
        this.schools = schools;
        this.files = files;
        this.templates = templates;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    // ---------------------------------------------------------------- adoption

    /** Adopts a roadmap from a template version for a period by an order (coordinator). */
    public Roadmap adopt(AdoptCommand command) {
        CurrentUser user = Problems.coordinator(users, "Утверждать дорожную карту");
        return adopt(command, user.displayName());
    }

    /** Adopts without a signed-in user (demo content, tests of the system itself). */
    public Roadmap adopt(AdoptCommand command, String by) {
        roadmaps.lockTenant(OCCURRENCES_LOCK);
        TemplateService.VersionedTemplate source = command.templateVersion() == null ? templates.require()
                : templates.version(command.templateVersion());
        TemplateVersion version = source.version();
        AdoptedRoadmap adopted;
        try {
            adopted = Adoption.adopt(source.template(), version,
                    new Adoption.Request(command.period(), command.orderNumber(), command.orderDate()), schools.all(),
                    clock.now(), by, UUID::randomUUID);
        } catch (AdoptionRejected e) {
            throw Problems.adoption(e);
        }
        roadmaps.insert(adopted);
        Roadmap r = adopted.roadmap();
        events.publishEvent(new RoadmapAdopted(TenantContext.require(), r.id(), r.title(), r.period().from(), r.period().to(),
                r.orderNumber(), r.orderDate(), adopted.items().size(), adopted.occurrences().size()));
        publishProgress(r.id());
        return r;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<RoadmapSummary> list() {
        LocalDate today = clock.today();
        return roadmaps.all().stream()
                .map(r -> new RoadmapSummary(r, RoadmapProgress.of(roadmaps.occurrences(r.id()), today)))
                .toList();
    }

    /** The roadmap in force: the newest whose period contains today, else the newest adopted. */
    @Transactional(readOnly = true)
    public Optional<Roadmap> current() {
        List<Roadmap> all = roadmaps.all();
        LocalDate today = clock.today();
        return all.stream().filter(r -> r.period().contains(today)).findFirst().or(() -> all.stream().findFirst());
    }

    @Transactional(readOnly = true)
    public Roadmap roadmap(UUID id) {
        return roadmaps.byId(id).orElseThrow(() -> new NotFoundProblem("Дорожная карта не найдена"));
    }

    @Transactional(readOnly = true)
    public RoadmapView view(UUID roadmapId) {
        Roadmap roadmap = roadmap(roadmapId);
        LocalDate today = clock.today();
        List<RoadmapItem> items = roadmaps.items(roadmapId);
        List<Occurrence> occurrences = roadmaps.occurrences(roadmapId);
        Map<UUID, School> schoolsById = schoolsById();
        Map<UUID, List<Occurrence>> byItem = occurrences.stream()
                .collect(Collectors.groupingBy(Occurrence::itemId, LinkedHashMap::new, Collectors.toList()));
        Map<String, SectionView> sections = new LinkedHashMap<>();
        Map<String, List<ItemView>> sectionItems = new LinkedHashMap<>();
        for (RoadmapItem item : items) {
            String key = item.sectionNumber() + "\u0000" + item.sectionTitle();
            sectionItems.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(itemView(item, byItem.getOrDefault(item.id(), List.of()), schoolsById, today));
            sections.putIfAbsent(key, null);
        }
        List<SectionView> sectionViews = new ArrayList<>();
        for (var entry : sectionItems.entrySet()) {
            String[] parts = entry.getKey().split("\u0000", -1);
            sectionViews.add(new SectionView(parts[0], parts[1], entry.getValue()));
        }
        return new RoadmapView(roadmap, RoadmapProgress.of(occurrences, today), sectionViews, today);
    }

    @Transactional(readOnly = true)
    public ItemView item(UUID itemId) {
        RoadmapItem item = roadmaps.item(itemId).orElseThrow(() -> new NotFoundProblem("Пункт дорожной карты не найден"));
        return itemView(item, roadmaps.occurrencesOfItem(itemId), schoolsById(), clock.today());
    }

    /** What is due this month and what is overdue in the roadmap in force; empty when none is adopted. */
    @Transactional(readOnly = true)
    public Optional<DueList> dueList() {
        Optional<Roadmap> current = current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Roadmap roadmap = current.get();
        LocalDate today = clock.today();
        Map<UUID, RoadmapItem> items = roadmaps.items(roadmap.id()).stream()
                .collect(Collectors.toMap(RoadmapItem::id, Function.identity()));
        List<Occurrence> occurrences = roadmaps.occurrences(roadmap.id());
        Map<UUID, School> schoolsById = schoolsById();
        List<DueEntry> thisMonth = new ArrayList<>();
        List<DueEntry> overdue = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (!o.status().isOpen()) {
                continue;
            }
            DueEntry entry = new DueEntry(items.get(o.itemId()), occurrenceView(o, schoolsById, today));
            if (o.isOverdue(today)) {
                overdue.add(entry);
            } else if (o.isDueInMonthOf(today)) {
                thisMonth.add(entry);
            }
        }
        Comparator<DueEntry> byDue = Comparator.comparing((DueEntry e) -> e.occurrence().occurrence().due())
                .thenComparingInt(e -> e.item().position());
        thisMonth.sort(byDue);
        overdue.sort(byDue);
        return Optional.of(new DueList(roadmap, RoadmapProgress.of(occurrences, today), thisMonth, overdue, today));
    }

    /** The item an occurrence belongs to. */
    @Transactional(readOnly = true)
    public UUID itemOfOccurrence(UUID occurrenceId) {
        return load(occurrenceId).itemId();
    }

    @Transactional(readOnly = true)
    public StoredFile file(UUID fileId) {
        return files.byId(fileId).orElseThrow(() -> new NotFoundProblem("Файл не найден"));
    }

    @Transactional(readOnly = true)
    public List<School> schools() {
        return schools.all();
    }

    // ---------------------------------------------------------------- tracking

    public Occurrence start(UUID occurrenceId) {
        return change(occurrenceId, p -> p.start());
    }

    public Occurrence complete(UUID occurrenceId, DocumentInput document) {
        Occurrence occurrence = load(occurrenceId);
        requireAccess(occurrence);
        String fileRef = null;
        if (document.content() != null && document.content().length > 0) {
            EvidenceFilePolicy.Accepted accepted;
            try {
                accepted = EvidenceFilePolicy.check(document.fileName(), document.content());
            } catch (IllegalArgumentException e) {
                throw Problems.rule("file", e);
            }
            UUID fileId = UUID.randomUUID();
            files.save(new StoredFile(fileId, accepted.fileName(), accepted.contentType(), document.content(), clock.now()));
            fileRef = fileId.toString();
        }
        Evidence evidence;
        try {
            evidence = new DocumentEvidence(document.kind(), document.number(), document.date(), document.title(), fileRef);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problems.rule("document", e);
        }
        return change(occurrence, p -> p.complete(evidence));
    }

    public Occurrence complete(UUID occurrenceId, LinkInput link) {
        Evidence evidence;
        try {
            evidence = new LinkEvidence(link.url(), link.title());
        } catch (IllegalArgumentException e) {
            throw Problems.rule("url", e);
        }
        return change(occurrenceId, p -> p.complete(evidence));
    }

    public Occurrence cancel(UUID occurrenceId, String reason) {
        return change(occurrenceId, p -> p.cancel(reason));
    }

    public Occurrence reopen(UUID occurrenceId) {
        ProgressActor actor = users.require().isCoordinator() ? ProgressActor.COORDINATOR : ProgressActor.SCHOOL_CURATOR;
        return change(occurrenceId, p -> p.reopen(actor));
    }

    /**
     * Completes the items bound to an observed fact of another module, in the current tenant (see
     * {@link SelfCompletion} for the rules); a fact seen before changes nothing.
     *
     * @return the occurrences completed
     */
    public List<Occurrence> selfComplete(SelfCompletion.Fact fact) {
        roadmaps.lockTenant(OCCURRENCES_LOCK);
        List<Occurrence> completed = new ArrayList<>();
        Set<UUID> touched = new LinkedHashSet<>();
        for (RoadmapItem item : roadmaps.itemsBoundTo(fact.key())) {
            for (Occurrence done : SelfCompletion.complete(item, roadmaps.occurrencesOfItem(item.id()), fact)) {
                Occurrence saved = roadmaps.update(done, clock.now());
                completed.add(saved);
                touched.add(saved.roadmapId());
                publishCompleted(item, saved, fact.observedOn());
            }
        }
        touched.forEach(this::publishProgress);
        return completed;
    }

    /**
     * Keeps the projection of the tenant's schools; a new school gets its occurrences in every item tracked per
     * school, replacing the municipal placeholders that are still untouched.
     */
    public void schoolRegistered(School school) {
        roadmaps.lockTenant(OCCURRENCES_LOCK);
        boolean isNew = schools.upsert(school);
        if (!isNew) {
            return;
        }
        Set<UUID> touched = new LinkedHashSet<>();
        for (RoadmapItem item : roadmaps.perSchoolItems()) {
            List<Occurrence> existing = roadmaps.occurrencesOfItem(item.id());
            List<Occurrence> added = Adoption.occurrencesForNewSchool(item, existing, school.id(), UUID::randomUUID);
            if (added.isEmpty()) {
                continue;
            }
            roadmaps.addOccurrences(added, clock.now());
            roadmaps.delete(existing.stream().filter(o -> Adoption.isDisposablePlaceholder(item, o)).map(Occurrence::id).toList());
            touched.add(item.roadmapId());
        }
        touched.forEach(this::publishProgress);
    }

    /** Publishes the roadmap's totals as they are now. */
    public void publishProgress(UUID roadmapId) {
        RoadmapProgress p = RoadmapProgress.of(roadmaps.occurrences(roadmapId), clock.today());
        events.publishEvent(new RoadmapProgressChanged(TenantContext.require(), roadmapId, p.occurrences(), p.done(),
                p.inProgress(), p.overdue(), p.cancelled(), p.asOf()));
    }

    // ---------------------------------------------------------------- internals

    private Occurrence change(UUID occurrenceId, Function<OccurrenceProgress, OccurrenceProgress> transition) {
        Occurrence occurrence = load(occurrenceId);
        requireAccess(occurrence);
        return change(occurrence, transition);
    }

    private Occurrence change(Occurrence occurrence, Function<OccurrenceProgress, OccurrenceProgress> transition) {
        OccurrenceProgress next;
        try {
            next = transition.apply(occurrence.progress());
        } catch (ProgressRuleViolation e) {
            throw Problems.rule("status", e);
        } catch (IllegalArgumentException e) {
            throw Problems.rule("evidence", e);
        }
        if (next.equals(occurrence.progress())) {
            return occurrence;
        }
        Occurrence saved = roadmaps.update(occurrence.with(next), clock.now());
        if (saved.status() == OccurrenceStatus.DONE && occurrence.status() != OccurrenceStatus.DONE) {
            RoadmapItem item = roadmaps.item(saved.itemId()).orElseThrow();
            publishCompleted(item, saved, clock.today());
        }
        publishProgress(saved.roadmapId());
        return saved;
    }

    private void publishCompleted(RoadmapItem item, Occurrence o, LocalDate on) {
        List<Evidence> evidence = o.progress().evidence();
        events.publishEvent(new OccurrenceCompleted(TenantContext.require(), o.roadmapId(), o.id(), item.number(),
                item.title(), o.organizationId(), o.due(), on, evidence.isEmpty() ? "" : evidence.get(evidence.size() - 1).summary()));
    }

    private Occurrence load(UUID occurrenceId) {
        return roadmaps.occurrence(occurrenceId).orElseThrow(() -> new NotFoundProblem("Срок пункта дорожной карты не найден"));
    }

    private void requireAccess(Occurrence occurrence) {
        CurrentUser user = users.require();
        if (user.isCoordinator()) {
            return;
        }
        if (occurrence.organizationId() == null || !user.mayAccessOrganization(occurrence.organizationId())) {
            throw new AccessDeniedProblem("Куратор образовательной организации отмечает только сроки своей организации");
        }
    }

    private Map<UUID, School> schoolsById() {
        Map<UUID, School> map = new HashMap<>();
        schools.all().forEach(s -> map.put(s.id(), s));
        return map;
    }

    private ItemView itemView(RoadmapItem item, List<Occurrence> occurrences, Map<UUID, School> schoolsById, LocalDate today) {
        Map<Integer, List<Occurrence>> bySeq = occurrences.stream()
                .collect(Collectors.groupingBy(Occurrence::seq, java.util.TreeMap::new, Collectors.toList()));
        List<PlannedView> planned = new ArrayList<>();
        for (var entry : bySeq.entrySet()) {
            List<Occurrence> group = new ArrayList<>(entry.getValue());
            group.sort(Comparator.comparing((Occurrence o) -> o.organizationId() == null ? ""
                    : Optional.ofNullable(schoolsById.get(o.organizationId())).map(School::displayName).orElse("\uFFFF")));
            Occurrence first = group.get(0);
            planned.add(new PlannedView(entry.getKey(), first.label(), first.start(), first.due(), first.target(),
                    group.stream().map(o -> occurrenceView(o, schoolsById, today)).toList(),
                    RoadmapProgress.of(group, today)));
        }
        int schoolCount = (int) occurrences.stream().map(Occurrence::organizationId).filter(java.util.Objects::nonNull).distinct().count();
        return new ItemView(item, RoadmapProgress.of(occurrences, today), planned, schoolCount);
    }

    private static OccurrenceView occurrenceView(Occurrence o, Map<UUID, School> schoolsById, LocalDate today) {
        return new OccurrenceView(o, o.organizationId() == null ? null : schoolsById.get(o.organizationId()),
                o.isOverdue(today), o.progress().evidence().stream().map(EvidenceView::of).toList());
    }

    /** {@code 20.08.2020}. */
    static String date(LocalDate date) {
        return date == null ? "" : date.format(RU_DATE);
    }
}
