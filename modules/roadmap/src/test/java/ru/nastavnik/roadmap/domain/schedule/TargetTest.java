package ru.nastavnik.roadmap.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void valueIsNormalisedSoEqualTargetsAreEqual() {
        assertThat(new Target(new BigDecimal("10.00"), "%", Comparison.AT_LEAST)).isEqualTo(Target.atLeastPercent(10));
        assertThat(new Target(new BigDecimal("1E+2"), "%", Comparison.AT_LEAST).value().toString()).isEqualTo("100");
    }

    @Test
    void russianLabelWithDecimalComma() {
        assertThat(Target.atLeastPercent(10).label()).isEqualTo("не менее 10\u00a0%");
        assertThat(new Target(new BigDecimal("15.7"), "%", Comparison.AT_MOST).label()).isEqualTo("не более 15,7\u00a0%");
        assertThat(new Target(new BigDecimal("3"), null, Comparison.EXACTLY).label()).isEqualTo("ровно 3");
    }

    @Test
    void comparisonDecidesWhetherTheTargetIsMet() {
        Target atLeast = Target.atLeastPercent(35);
        assertThat(atLeast.isMetBy(new BigDecimal("35"))).isTrue();
        assertThat(atLeast.isMetBy(new BigDecimal("34.9"))).isFalse();
        Target atMost = new Target(BigDecimal.TEN, "%", Comparison.AT_MOST);
        assertThat(atMost.isMetBy(new BigDecimal("9.99"))).isTrue();
        assertThat(atMost.isMetBy(new BigDecimal("10.01"))).isFalse();
        Target exactly = new Target(BigDecimal.TEN, "", Comparison.EXACTLY);
        assertThat(exactly.isMetBy(new BigDecimal("10.0"))).isTrue();
        assertThat(exactly.isMetBy(new BigDecimal("11"))).isFalse();
    }

    @Test
    void requiresValueAndComparison() {
        assertThatThrownBy(() -> new Target(null, "%", Comparison.AT_LEAST)).hasMessage("Не указано целевое значение");
        assertThatThrownBy(() -> new Target(BigDecimal.ONE, "%", null))
                .hasMessage("Не указан способ сравнения с целевым значением");
    }
}
