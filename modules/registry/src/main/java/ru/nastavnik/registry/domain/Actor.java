package ru.nastavnik.registry.domain;

import java.util.UUID;

/** Who did something, for the audit log. */
public record Actor(UUID accountId, String username) {
}
