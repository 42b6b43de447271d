package ru.nastavnik.roadmap.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateFormat;
import ru.nastavnik.roadmap.domain.template.TemplateSource;
import ru.nastavnik.roadmap.domain.template.TemplateValidationException;
import ru.nastavnik.roadmap.domain.template.TemplateVersion;
import ru.nastavnik.roadmap.domain.template.TemplateVersions;

/**
 * The tenant's roadmap template: loaded from the product's bundled template on onboarding, edited, imported or copied
 * from another tenant — each save a new immutable version. Works in the current tenant ({@link TenantContext}).
 */
@Service
public class TemplateService {

    /** A version with its template read. */
    public record VersionedTemplate(TemplateVersion version, RoadmapTemplate template) {
    }

    /** Another tenant whose template can be copied. */
    public record CopySource(String slug, String name, String regionName, int version, String title) {
    }

    private final TemplateVersions versions;

    private final TemplateFormat format;

    private final TenantDirectory tenants;

    private final CurrentUsers users;

    private final RoadmapClock clock;

    private final TransactionTemplate tx;

    private final TransactionTemplate readOther;

    TemplateService(TemplateVersions versions, TemplateFormat format, TenantDirectory tenants, CurrentUsers users,
            RoadmapClock clock, PlatformTransactionManager transactions) {
        this.versions = versions;
        this.format = format;
        this.tenants = tenants;
        this.users = users;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.readOther = new TransactionTemplate(transactions);
        this.readOther.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOther.setReadOnly(true);
    }

    /** The latest version, if the tenant has a template at all. */
    public Optional<VersionedTemplate> current() {
        return tx.execute(s -> versions.latest().map(this::read));
    }

    /** The latest version; 404 with a hint when the tenant has none yet. */
    public VersionedTemplate require() {
        return current().orElseThrow(() -> new NotFoundProblem(
                "У муниципалитета ещё нет шаблона дорожной карты: импортируйте его из файла или скопируйте у другого муниципалитета"));
    }

    public VersionedTemplate version(int number) {
        return tx.execute(s -> versions.byNumber(number).map(this::read))
                .orElseThrow(() -> new NotFoundProblem("Версия " + number + " шаблона дорожной карты не найдена"));
    }

    public VersionedTemplate versionById(UUID id) {
        return tx.execute(s -> versions.byId(id).map(this::read))
                .orElseThrow(() -> new NotFoundProblem("Версия шаблона дорожной карты не найдена"));
    }

    /** All versions, newest first. */
    public List<TemplateVersion> versions() {
        return tx.execute(s -> versions.all());
    }

    /**
     * Loads the product's template for this tenant's slug as version 1, unless the tenant has a template already or
     * the product ships none for it. Idempotent; runs in the current tenant.
     *
     * @return whether a version was stored
     */
    public boolean loadBundled(String slug) {
        Optional<RoadmapTemplate> bundled = format.bundled(slug);
        if (bundled.isEmpty()) {
            return false;
        }
        String content = format.write(bundled.get());
        return Boolean.TRUE.equals(tx.execute(s -> versions.insertFirst(new TemplateVersion(UUID.randomUUID(), 1, content,
                TemplateSource.BUNDLED, "Шаблон из поставки: транскрипция документа муниципалитета", clock.now(), "система"))));
    }

    /** Saves an edited template as the next version (coordinator). */
    public VersionedTemplate saveEdited(RoadmapTemplate edited, String comment) {
        CurrentUser user = Problems.coordinator(users, "Изменять шаблон дорожной карты");
        RoadmapTemplate own = ownTenant(edited);
        return append(own, TemplateSource.EDITED, comment, user.displayName());
    }

    /** Imports a template file as the next version (coordinator); nothing is stored when it has any problem. */
    public VersionedTemplate importJson(String json, String comment) {
        CurrentUser user = Problems.coordinator(users, "Импортировать шаблон дорожной карты");
        RoadmapTemplate imported;
        try {
            imported = format.read(json);
        } catch (TemplateValidationException e) {
            throw Problems.template(e);
        }
        return append(ownTenant(imported), TemplateSource.IMPORTED, comment == null || comment.isBlank()
                ? "Импортирован из файла" + (imported.tenantSlug().equals(slug()) ? "" : " муниципалитета «" + imported.tenantSlug() + "»")
                : comment, user.displayName());
    }

    /** The template version as its JSON file. */
    public String exportJson(Integer number) {
        VersionedTemplate v = number == null ? require() : version(number);
        return v.version().content();
    }

    /** Other tenants that have a template to copy. */
    public List<CopySource> copySources() {
        TenantId own = TenantContext.require();
        List<CopySource> sources = new ArrayList<>();
        for (TenantSummary t : tenants.all()) {
            if (t.id().equals(own)) {
                continue;
            }
            latestOf(t.id()).ifPresent(v -> sources.add(new CopySource(t.slug(), t.name(), t.regionName(),
                    v.version().number(), v.template().title())));
        }
        return sources;
    }

    /**
     * Copies another tenant's latest template as the next version of this tenant's (coordinator). Only the template is
     * read from the other tenant — never its roadmaps or their progress.
     */
    public VersionedTemplate copyFrom(String otherSlug) {
        CurrentUser user = Problems.coordinator(users, "Копировать шаблон дорожной карты");
        TenantSummary other = tenants.bySlug(otherSlug)
                .orElseThrow(() -> new NotFoundProblem("Муниципалитет «" + otherSlug + "» не найден"));
        if (other.id().equals(TenantContext.require())) {
            throw BusinessRuleProblem.invalid("from", "Нельзя скопировать шаблон у своего же муниципалитета");
        }
        VersionedTemplate source = latestOf(other.id()).orElseThrow(() -> BusinessRuleProblem.invalid("from",
                "У муниципалитета «" + other.name() + "» нет шаблона дорожной карты"));
        return append(ownTenant(source.template()), TemplateSource.COPIED,
                "Скопирован у муниципалитета «" + other.name() + "» (версия " + source.version().number() + ")",
                user.displayName());
    }

    /** Parses a template in the exchange format without storing it (for the editor's checks). */
    public RoadmapTemplate parse(String json) {
        try {
            return format.read(json);
        } catch (TemplateValidationException e) {
            throw Problems.template(e);
        }
    }

    /** The current tenant's slug. */
    public String slug() {
        return tenants.require(TenantContext.require()).slug();
    }

    private Optional<VersionedTemplate> latestOf(TenantId tenant) {
        return TenantContext.readAcross(List.of(tenant), () -> readOther.execute(s -> versions.latest().map(this::read)));
    }

    private RoadmapTemplate ownTenant(RoadmapTemplate template) {
        String slug = slug();
        try {
            return template.tenantSlug().equals(slug) ? template : template.forTenant(slug);
        } catch (TemplateValidationException e) {
            throw Problems.template(e);
        }
    }

    private VersionedTemplate append(RoadmapTemplate template, TemplateSource source, String comment, String by) {
        String content = format.write(template);
        TemplateVersion saved = tx.execute(s -> versions.append(
                new TemplateVersion(UUID.randomUUID(), 1, content, source, comment, clock.now(), by)));
        return new VersionedTemplate(saved, template);
    }

    private VersionedTemplate read(TemplateVersion version) {
        return new VersionedTemplate(version, format.read(version.content()));
    }
}
