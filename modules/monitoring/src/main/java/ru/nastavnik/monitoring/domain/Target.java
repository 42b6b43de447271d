package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target value to reach by a date; {@code value} is {@code null} while the tenant has not set it (Sasovo's seed). */
public record Target(LocalDate date, BigDecimal value) {
}
