package ru.nastavnik.platform;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a tenant: one municipality (муниципалитет) on the shared instance. */
public record TenantId(UUID value) implements Identifier {

	public TenantId {
		Objects.requireNonNull(value, "tenant id");
	}

	public static TenantId of(String uuid) {
		return new TenantId(UUID.fromString(uuid));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
