package ru.nastavnik.registry.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An educational organisation (ОО) of the tenant. Its short name is what import files name it by; the normalised
 * short name ({@link OrganisationDirectory#normaliseName(String)}) is unique in the tenant.
 */
@AggregateRoot
@Table(schema = "registry", name = "organization")
public class Organization {

    @Id
    @Identity
    private final UUID id;
    private final UUID tenantId;
    private String name;
    private String shortName;
    private String shortNameKey;
    private OrganizationKind kind;
    @Version
    private Integer version;

    public Organization(UUID id, UUID tenantId, String name, String shortName, String shortNameKey,
                        OrganizationKind kind, Integer version) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.name = name;
        this.shortName = shortName;
        this.shortNameKey = shortNameKey;
        this.kind = kind;
        this.version = version;
    }

    public static Organization register(UUID tenantId, String name, String shortName, OrganizationKind kind) {
        Organization o = new Organization(UUID.randomUUID(), tenantId, null, null, null, null, null);
        o.rename(name, shortName, kind);
        return o;
    }

    /** Changes name, short name and kind; returns whether anything changed. */
    public boolean rename(String name, String shortName, OrganizationKind kind) {
        String n = TextNormalization.clean(name);
        String s = TextNormalization.clean(shortName);
        if (n.isEmpty() || s.isEmpty() || kind == null) {
            throw new IllegalArgumentException("name, short name and kind are required");
        }
        boolean changed = !n.equals(this.name) || !s.equals(this.shortName) || kind != this.kind;
        this.name = n;
        this.shortName = s;
        this.shortNameKey = OrganisationDirectory.normaliseName(s);
        this.kind = kind;
        return changed;
    }

    public OrganisationRef ref() {
        return new OrganisationRef(id.toString(), shortName);
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public String name() { return name; }
    public String shortName() { return shortName; }
    public String shortNameKey() { return shortNameKey; }
    public OrganizationKind kind() { return kind; }
    public Integer version() { return version; }
}
