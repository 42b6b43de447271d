package ru.nastavnik.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The application's one number and date formatter: Russian conventions, the same for pages and documents. */
class RussianFormatsTest {

	final RussianFormats fmt = new RussianFormats();

	@Test
	void wholeNumbersAreGroupedByThousandsWithANoBreakSpace() {
		assertThat(fmt.number(1494)).isEqualTo("1\u00a0494");
		assertThat(fmt.number(12_345_678L)).isEqualTo("12\u00a0345\u00a0678");
		assertThat(fmt.number(999)).isEqualTo("999");
		assertThat(fmt.number(null)).isEqualTo("—");
	}

	@Test
	void aPercentageHasOneDecimalAfterACommaAndANoBreakSpaceBeforeTheSign() {
		assertThat(fmt.percent(new BigDecimal("2"))).isEqualTo("2,0\u00a0%");
		assertThat(fmt.percent(new BigDecimal("15.66"))).isEqualTo("15,7\u00a0%");
		assertThat(fmt.percent(1234.5)).isEqualTo("1\u00a0234,5\u00a0%");
		assertThat(fmt.percent(null)).isEqualTo("—");
	}

	@Test
	void aDecimalKeepsTheDecimalsItHas() {
		assertThat(fmt.decimal(new BigDecimal("10.50"))).isEqualTo("10,5");
		assertThat(fmt.decimal(new BigDecimal("1500"))).isEqualTo("1\u00a0500");
		assertThat(fmt.decimal(new BigDecimal("1E+3"))).isEqualTo("1\u00a0000");
		assertThat(fmt.decimal(new BigDecimal("10.5"), 2)).isEqualTo("10,50");
	}

	@Test
	void anAmountIsAPercentageOrANumberWithItsUnit() {
		assertThat(fmt.amount(new BigDecimal("2"), "%")).isEqualTo(fmt.percent(new BigDecimal("2")));
		assertThat(fmt.amount(new BigDecimal("1494"), "человек")).isEqualTo("1\u00a0494\u00a0человек");
		assertThat(fmt.amount(new BigDecimal("7.25"), null)).isEqualTo("7,25");
		assertThat(fmt.amount(null, "%")).isEqualTo("—");
	}

	@Test
	void datesAreRussian() {
		assertThat(fmt.date(LocalDate.of(2024, 12, 31))).isEqualTo("31.12.2024");
		assertThat(fmt.month(LocalDate.of(2020, 8, 1))).isEqualTo("август 2020");
	}
}
