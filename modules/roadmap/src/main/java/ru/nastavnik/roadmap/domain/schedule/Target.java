package ru.nastavnik.roadmap.domain.schedule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target value attached to one planned occurrence, e.g. «не менее 10 %» of pupils in mentorship by
 * 31.12.2020.
 *
 * <p>The value is normalised (trailing zeros stripped, never in exponent form), so {@code 10} and
 * {@code 10.0} are the same target.
 *
 * @param value the target number
 * @param unit the unit as printed, e.g. {@code %}; may be empty for a plain count
 * @param comparison how an achieved value is compared with it
 */
public record Target(BigDecimal value, String unit, Comparison comparison) {

    /** Unit for percentages. */
    public static final String PERCENT = "%";

    public Target {
        Objects.requireNonNull(value, "Не указано целевое значение");
        Objects.requireNonNull(comparison, "Не указан способ сравнения с целевым значением");
        unit = unit == null ? "" : unit.strip();
        value = normalise(value);
    }

    /** «не менее {@code percent} %». */
    public static Target atLeastPercent(long percent) {
        return new Target(BigDecimal.valueOf(percent), PERCENT, Comparison.AT_LEAST);
    }

    /** Whether an achieved value meets this target. */
    public boolean isMetBy(BigDecimal actual) {
        return comparison.isMet(actual, value);
    }

    /**
     * Russian label, the number as the platform's formatter writes it (decimal comma, grouped thousands, a no-break
     * space before the unit): {@code не менее 10 %}, {@code не менее 15,5 %}, {@code не менее 1 500 человек}.
     */
    public String label() {
        return comparison.russian() + " " + FORMATS.decimal(value) + (unit.isEmpty() ? "" : "\u00a0" + unit);
    }

    private static final ru.nastavnik.platform.web.RussianFormats FORMATS = new ru.nastavnik.platform.web.RussianFormats();

    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
