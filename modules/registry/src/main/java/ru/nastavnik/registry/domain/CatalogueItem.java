package ru.nastavnik.registry.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An entry of a tenant's catalogue of competencies or requests. */
@AggregateRoot
@Table(schema = "registry", name = "catalogue_item")
public class CatalogueItem {

    @Id
    @Identity
    private final UUID id;
    private final UUID tenantId;
    private final CatalogueKind kind;
    private String title;
    @Version
    private Integer version;

    public CatalogueItem(UUID id, UUID tenantId, CatalogueKind kind, String title, Integer version) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.kind = Objects.requireNonNull(kind);
        this.title = title;
        this.version = version;
    }

    public static CatalogueItem create(UUID tenantId, CatalogueKind kind, String title) {
        String t = TextNormalization.clean(title);
        if (t.isEmpty() || t.length() > 200) {
            throw new IllegalArgumentException("title must have 1–200 characters");
        }
        return new CatalogueItem(UUID.randomUUID(), tenantId, kind, t, null);
    }

    public void retitle(String title) {
        String t = TextNormalization.clean(title);
        if (t.isEmpty() || t.length() > 200) {
            throw new IllegalArgumentException("title must have 1–200 characters");
        }
        this.title = t;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public CatalogueKind kind() { return kind; }
    public String title() { return title; }
    public Integer version() { return version; }
}
