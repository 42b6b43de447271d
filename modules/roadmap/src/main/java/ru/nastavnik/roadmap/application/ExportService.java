package ru.nastavnik.roadmap.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.roadmap.application.RoadmapViews.ItemView;
import ru.nastavnik.roadmap.application.RoadmapViews.PlannedView;
import ru.nastavnik.roadmap.application.RoadmapViews.RoadmapView;
import ru.nastavnik.roadmap.application.RoadmapViews.SectionView;
import ru.nastavnik.roadmap.domain.export.CalendarEntry;
import ru.nastavnik.roadmap.domain.export.CalendarWriter;
import ru.nastavnik.roadmap.domain.export.RoadmapDocuments;
import ru.nastavnik.roadmap.domain.export.RoadmapReport;
import ru.nastavnik.roadmap.domain.tracking.CalendarFeeds;
import ru.nastavnik.roadmap.domain.tracking.Roadmap;

/** The roadmap as DOCX and XLSX, and the tenant's iCalendar feed of due dates behind a secret token. */
@Service
public class ExportService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoadmapService roadmaps;

    private final RoadmapDocuments documents;

    private final CalendarWriter calendar;

    private final CalendarFeeds feeds;

    private final TenantDirectory tenants;

    private final CurrentUsers users;

    private final RoadmapClock clock;

    ExportService(RoadmapService roadmaps, RoadmapDocuments documents, CalendarWriter calendar, CalendarFeeds feeds,
            TenantDirectory tenants, CurrentUsers users, RoadmapClock clock) {
        this.roadmaps = roadmaps;
        this.documents = documents;
        this.calendar = calendar;
        this.feeds = feeds;
        this.tenants = tenants;
        this.users = users;
        this.clock = clock;
    }

    /** A file to download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    public Download docx(UUID roadmapId, boolean withStatus) {
        RoadmapView view = roadmaps.view(roadmapId);
        return new Download(fileName(view.roadmap(), "docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                documents.docx(report(view, withStatus)));
    }

    public Download xlsx(UUID roadmapId, boolean withStatus) {
        RoadmapView view = roadmaps.view(roadmapId);
        return new Download(fileName(view.roadmap(), "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                documents.xlsx(report(view, withStatus)));
    }

    static RoadmapReport report(RoadmapView view, boolean withStatus) {
        Roadmap r = view.roadmap();
        List<RoadmapReport.Section> sections = new ArrayList<>();
        for (SectionView s : view.sections()) {
            sections.add(new RoadmapReport.Section(s.number(), s.title(), s.items().stream()
                    .map(i -> new RoadmapReport.Row(i.item().number(), i.item().title(), i.item().scheduleText(),
                            i.item().responsible(), i.item().result(), withStatus ? status(i) : ""))
                    .toList()));
        }
        return new RoadmapReport("План мероприятий (дорожная карта)", r.title(), r.basis(),
                "Утверждена: " + r.orderLabel() + "; период: " + r.period().label(), withStatus, sections);
    }

    private static String status(ItemView i) {
        String status = i.statusTitle();
        int relevant = i.progress().occurrences() - i.progress().cancelled();
        if (i.progress().occurrences() > 1) {
            status += " (выполнено " + i.progress().done() + " из " + relevant + ")";
        }
        return status;
    }

    private static String fileName(Roadmap r, String extension) {
        return "dorozhnaya-karta-" + r.period().from().getYear() + "-" + r.period().to().getYear() + "." + extension;
    }

    // ---------------------------------------------------------------- iCalendar

    /**
     * Creates (or regenerates, invalidating the old one) the tenant's feed token: 32 random bytes, shown once; only
     * its SHA-256 is stored. Coordinator only.
     *
     * @return the new token (URL-safe Base64, 43 characters)
     */
    @Transactional
    public String regenerateCalendarToken() {
        CurrentUser user = Problems.coordinator(users, "Создавать ссылку на календарь");
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.save(hash(token), clock.now(), user.displayName());
        return token;
    }

    /** Revokes the tenant's feed token (coordinator): the old link stops working, no new one is made. */
    @Transactional
    public void revokeCalendarToken() {
        Problems.coordinator(users, "Отзывать ссылку на календарь");
        feeds.revoke();
    }

    /** Whether the tenant has a feed token, and since when. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> calendarTokenCreatedAt() {
        return feeds.createdAt();
    }

    /**
     * The feed of the tenant in the (read-only) scope of the request, when {@code token} is its token; empty
     * otherwise (shown as 404, so that a wrong token reveals nothing).
     */
    @Transactional(readOnly = true)
    public Optional<String> calendarFeed(String tenantSlug, String token) {
        if (!isFeedToken(token)) {
            return Optional.empty();
        }
        TenantSummary tenant = tenants.bySlug(tenantSlug).orElseThrow(() -> new NotFoundProblem("Муниципалитет не найден"));
        List<CalendarEntry> entries = new ArrayList<>();
        for (var summary : roadmaps.list()) {
            RoadmapView view = roadmaps.view(summary.roadmap().id());
            for (ItemView item : view.items()) {
                for (PlannedView planned : item.planned()) {
                    if (planned.due() == null) {
                        continue;
                    }
                    String status = planned.perSchool()
                            ? "выполнено " + planned.progress().done() + " из " + planned.progress().occurrences() + " ОО"
                            : planned.occurrences().get(0).statusTitle().toLowerCase(java.util.Locale.ROOT);
                    String number = item.item().number().isEmpty() ? "" : "п. " + item.item().number() + ": ";
                    entries.add(new CalendarEntry(
                            item.item().id() + "-" + planned.seq() + "@nastavnik",
                            planned.due(),
                            number + item.item().title(),
                            "Дорожная карта: " + view.roadmap().title() + "\nСрок: " + item.item().scheduleText()
                                    + "\nОтветственные: " + item.item().responsible()
                                    + (item.item().result().isEmpty() ? "" : "\nРезультат: " + item.item().result())
                                    + "\nСостояние: " + status));
                }
            }
        }
        return Optional.of(calendar.write("Дорожная карта — " + tenant.name(), entries, clock.now()));
    }

    /**
     * What the tenant's calendar feed says depends on, read cheaply — for its {@code ETag} and {@code Last-Modified}, so
     * that a calendar application polling an unchanged feed gets 304 before anything is rendered. The feed changes
     * with its data and with the date (an occurrence becomes overdue), so the day is part of it. Empty for a wrong
     * token, as the feed.
     *
     * @param lastChange the latest of the data's change, the token's creation and the start of today
     * @param dependsOn  everything else the content depends on, for the entity tag
     */
    public record CalendarVersion(Instant lastChange, List<Object> dependsOn) {
    }

    @Transactional(readOnly = true)
    public Optional<CalendarVersion> calendarFeedVersion(String tenantSlug, String token) {
        if (!isFeedToken(token)) {
            return Optional.empty();
        }
        TenantSummary tenant = tenants.bySlug(tenantSlug).orElseThrow(() -> new NotFoundProblem("Муниципалитет не найден"));
        CalendarFeeds.DataVersion data = feeds.dataVersion();
        LocalDate today = clock.today();
        Instant dayStart = today.atStartOfDay(RoadmapClock.ZONE).toInstant();
        Instant last = java.util.stream.Stream.of(data.lastChange(), feeds.createdAt().orElse(null), dayStart)
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(dayStart);
        return Optional.of(new CalendarVersion(last, List.of(tenant.name(), today, data.roadmaps(), data.occurrences(),
                String.valueOf(data.lastChange()))));
    }

    private boolean isFeedToken(String token) {
        Optional<String> stored = feeds.tokenHash();
        return stored.isPresent() && token != null && MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII),
                hash(token).getBytes(StandardCharsets.US_ASCII));
    }

    /** The current tenant (for building feed links). */
    public TenantSummary tenant() {
        TenantId id = TenantContext.current().orElseGet(() -> TenantContext.scope().orElseThrow().readable().iterator().next());
        return tenants.require(id);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
