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
 * Russian conventions for everything shown to people: {@code 31.12.2024}, {@code 15,7 %}, {@code 12 345}. Available in
 * templates as {@code @fmt}.
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

	public String number(Number value) {
		return decimal(value, 0);
	}
}
