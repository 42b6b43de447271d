package ru.nastavnik.platform.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import ru.nastavnik.platform.BusinessRuleProblem;

/**
 * Numbers as people type them into a Russian form: a decimal comma or point («10,5», «10.5»), thousands apart by a
 * space, a no-break or a narrow no-break space («1 494», as {@link RussianFormats} writes them), a leading minus.
 * Either the number, or a clear refusal that quotes the input — never a silently truncated value. {@code null} for a
 * blank field (whether that is allowed is the caller's rule).
 */
public final class RussianNumbers {

	private static final Pattern NUMBER = Pattern
		.compile("[-\u2212]?(?:\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+|\\d+)(?:[.,]\\d+)?");

	private RussianNumbers() {
	}

	/**
	 * The number in the text.
	 * @throws IllegalArgumentException with a Russian reason quoting the text («10,5,3» — не число…)
	 */
	public static BigDecimal decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (!NUMBER.matcher(value).matches()) {
			throw new IllegalArgumentException("«" + value + "» — не число (пишите, например, 10,5 или 1 494)");
		}
		return new BigDecimal(value.replace('\u2212', '-').replaceAll("[ \u00a0\u202f]", "").replace(',', '.'));
	}

	/**
	 * A whole number in the text; «7,0» is 7, «7,5» is refused.
	 * @throws IllegalArgumentException with a Russian reason quoting the text («7,5» — не целое число)
	 */
	public static Integer integer(String text) {
		BigDecimal number = decimal(text);
		if (number == null) {
			return null;
		}
		if (number.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException("«" + text.strip() + "» — не целое число");
		}
		try {
			return number.intValueExact();
		}
		catch (ArithmeticException e) {
			throw new IllegalArgumentException("«" + text.strip() + "» — слишком большое число");
		}
	}

	/** {@link #decimal(String)}, refused as a 422 on the field: «Целевое значение: «10,5,3» — не число…». */
	public static BigDecimal decimal(String text, String field, String label) {
		try {
			return decimal(text);
		}
		catch (IllegalArgumentException e) {
			throw BusinessRuleProblem.invalid(field, label + ": " + e.getMessage());
		}
	}

	/** {@link #integer(String)}, refused as a 422 on the field: «Ёмкость наставника: «2,5» — не целое число». */
	public static Integer integer(String text, String field, String label) {
		try {
			return integer(text);
		}
		catch (IllegalArgumentException e) {
			throw BusinessRuleProblem.invalid(field, label + ": " + e.getMessage());
		}
	}
}
