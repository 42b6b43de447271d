package ru.nastavnik.roadmap.domain.schedule;

import java.math.BigDecimal;

/** How an achieved value is compared with a {@link Target}. */
public enum Comparison {
    /** «не менее» — the achieved value must be at least the target (Sosnovka's 10/20/35/50/70 %). */
    AT_LEAST("не менее"),
    /** «не более» — the achieved value must not exceed the target. */
    AT_MOST("не более"),
    /** exactly the target value. */
    EXACTLY("ровно");

    private final String russian;

    Comparison(String russian) {
        this.russian = russian;
    }

    /** Russian wording used in labels, e.g. {@code не менее}. */
    public String russian() {
        return russian;
    }

    /** Whether {@code actual} satisfies {@code target} under this comparison. */
    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int cmp = actual.compareTo(target);
        return switch (this) {
            case AT_LEAST -> cmp >= 0;
            case AT_MOST -> cmp <= 0;
            case EXACTLY -> cmp == 0;
        };
    }
}
