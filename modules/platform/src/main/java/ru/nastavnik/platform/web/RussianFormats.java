package ru.nastavnik.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Russian conventions for everything shown to people: {@code 31.12.2024}, {@code 15,7 %}, {@code 12 345}. The one
 * formatter of the application: pages (as {@code @fmt} in templates), generated texts, documents (DOCX, PDF, the text
 * of XLSX) and publications all write numbers and dates through it, so a figure reads the same everywhere.
 * Thousands are grouped with a no-break space, decimals follow a comma, a percentage has one decimal and a no-break
 * space before «%».
 */
public class RussianFormats {

	public static final Locale RU = Locale.forLanguageTag("ru-RU");

	public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", RU);

	public String date(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return DATE.format(instant.atZone(ZONE));
		}
		return DATE.format(value);
	}

	public String dateTime(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(ZONE));
		}
		if (value instanceof OffsetDateTime odt) {
			return DATE_TIME.format(odt.atZoneSameInstant(ZONE));
		}
		if (value instanceof ZonedDateTime zdt) {
			return DATE_TIME.format(zdt.withZoneSameInstant(ZONE));
		}
		return DATE_TIME.format((TemporalAccessor) value);
	}

	/** {@code август 2020} */
	public String month(LocalDate value) {
		return value == null ? "" : MONTH.format(value);
	}

	/** {@code 15,7 %} with one decimal; {@code —} for no value. */
	public String percent(Number value) {
		return percent(value, 1);
	}

	public String percent(Number value, int decimals) {
		if (value == null) {
			return "—";
		}
		return decimal(value, decimals) + "\u00a0%";
	}

	/** {@code 12 345,6}: narrow no-break space between thousands, comma before decimals. */
	public String decimal(Number value, int decimals) {
		if (value == null) {
			return "—";
		}
		BigDecimal number = new BigDecimal(value.toString()).setScale(decimals, RoundingMode.HALF_UP);
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(RU);
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator('\u00a0');
		DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
		return format.format(number);
	}

	/** {@code 1 494}: a whole number; {@code —} for no value. */
	public String number(Number value) {
		return decimal(value, 0);
	}

	/** {@code 10}, {@code 10,5}, {@code 1 500}: a number with the decimals it has (none when whole). */
	public String decimal(Number value) {
		if (value == null) {
			return "—";
		}
		BigDecimal number = new BigDecimal(value.toString()).stripTrailingZeros();
		return decimal(number, Math.max(0, number.scale()));
	}

	/**
	 * A quantity with its unit: a percentage as {@link #percent(Number)} ({@code 2,0 %}), anything else as
	 * {@link #decimal(Number)} followed by its unit ({@code 1 500 человек}); {@code —} for no value.
	 */
	public String amount(Number value, String unit) {
		if (value == null) {
			return "—";
		}
		if (unit == null || unit.isBlank()) {
			return decimal(value);
		}
		return "%".equals(unit.strip()) ? percent(value) : decimal(value) + "\u00a0" + unit.strip();
	}
}
