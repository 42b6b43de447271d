package ru.nastavnik.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.BusinessRuleProblem;

/** Russian number input: accepted as written, or refused quoting it — never truncated. */
class RussianNumbersTest {

	@Test
	void decimalsTakeACommaOrAPointAndThousandsApartBySpaces() {
		assertThat(RussianNumbers.decimal("10,5")).isEqualByComparingTo("10.5");
		assertThat(RussianNumbers.decimal(" 10.5 ")).isEqualByComparingTo("10.5");
		assertThat(RussianNumbers.decimal("1 494")).isEqualByComparingTo("1494");
		assertThat(RussianNumbers.decimal("1\u00a0494,25")).isEqualByComparingTo("1494.25");
		assertThat(RussianNumbers.decimal("12\u202f345\u202f678")).isEqualByComparingTo("12345678");
		assertThat(RussianNumbers.decimal("\u22125,5")).isEqualByComparingTo("-5.5");
		assertThat(RussianNumbers.decimal("-0,25")).isEqualByComparingTo("-0.25");
		assertThat(RussianNumbers.decimal("")).isNull();
		assertThat(RussianNumbers.decimal(null)).isNull();
		// what the Russian formatter writes reads back as the same number
		assertThat(RussianNumbers.decimal(new RussianFormats().decimal(new BigDecimal("12345.6"), 1)))
			.isEqualByComparingTo("12345.6");
	}

	@Test
	void anythingElseIsRefusedQuotingTheInput() {
		for (String bad : new String[] { "10,5,3", "10.000,5", "1,494.5", "десять", "10 %", "1 49", "12 3456", "5e3", ",5", "5," }) {
			assertThatThrownBy(() -> RussianNumbers.decimal(bad)).as(bad)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("«" + bad + "» — не число (пишите, например, 10,5 или 1 494)");
		}
	}

	@Test
	void integersTakeWholeNumbersOnly() {
		assertThat(RussianNumbers.integer("1 494")).isEqualTo(1494);
		assertThat(RussianNumbers.integer("7,0")).isEqualTo(7);
		assertThat(RussianNumbers.integer(" ")).isNull();
		assertThatThrownBy(() -> RussianNumbers.integer("10,5")).hasMessage("«10,5» — не целое число");
		assertThatThrownBy(() -> RussianNumbers.integer("99999999999")).hasMessage("«99999999999» — слишком большое число");
		var problem = org.assertj.core.api.Assertions.catchThrowableOfType(BusinessRuleProblem.class,
				() -> RussianNumbers.integer("2,5", "capacity", "Ёмкость наставника"));
		assertThat(problem.getMessage()).isEqualTo("Ёмкость наставника: «2,5» — не целое число");
		assertThat(problem.errors()).extracting(BusinessRuleProblem.FieldError::field).containsExactly("capacity");
	}
}
