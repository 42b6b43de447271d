package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A participant's place in a pair or group, active from the order's date until completion or dissolution. */
public record Membership(UUID pairId, String formCode, PairRole role, LocalDate from, LocalDate to) {
}
