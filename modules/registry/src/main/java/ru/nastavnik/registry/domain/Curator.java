package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A curator appointed by an order; a school curator belongs to an organisation and may have a sign-in account. */
@AggregateRoot
@Table(schema = "registry", name = "curator")
public class Curator {

    @Id
    @Identity
    private final UUID id;
    private final UUID tenantId;
    private final CuratorKind kind;
    private final UUID organizationId;
    private final String fullName;
    private final String position;
    private final String email;
    private final String phone;
    private final String orderNumber;
    private final LocalDate orderDate;
    private UUID accountId;
    @Version
    private Integer version;

    public Curator(UUID id, UUID tenantId, CuratorKind kind, UUID organizationId, String fullName, String position,
                   String email, String phone, String orderNumber, LocalDate orderDate, UUID accountId, Integer version) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.kind = Objects.requireNonNull(kind);
        this.organizationId = organizationId;
        this.fullName = fullName;
        this.position = position;
        this.email = email;
        this.phone = phone;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.accountId = accountId;
        this.version = version;
        if (kind == CuratorKind.SCHOOL && organizationId == null) {
            throw new IllegalArgumentException("a school curator belongs to an organisation");
        }
    }

    public void linkAccount(UUID account) {
        this.accountId = account;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public CuratorKind kind() { return kind; }
    public UUID organizationId() { return organizationId; }
    public String fullName() { return fullName; }
    public String position() { return position; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String orderNumber() { return orderNumber; }
    public LocalDate orderDate() { return orderDate; }
    public UUID accountId() { return accountId; }
    public Integer version() { return version; }
}
