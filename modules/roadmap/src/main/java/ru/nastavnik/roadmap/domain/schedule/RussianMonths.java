package ru.nastavnik.roadmap.domain.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Russian month names in every grammatical case (январь, января, январю, январём/январем, январе) and the
 * Russian date formats used in labels.
 */
public final class RussianMonths {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final String[] NOMINATIVE = {
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"
    };

    private static final Map<String, Month> FORMS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String nominative = NOMINATIVE[month.ordinal()];
            if (nominative.endsWith("ь")) {
                String stem = nominative.substring(0, nominative.length() - 1);
                for (String ending : new String[] {"ь", "я", "ю", "ём", "ем", "е"}) {
                    FORMS.put(stem + ending, month);
                }
            } else if (nominative.equals("май")) {
                for (String form : new String[] {"май", "мая", "маю", "маем", "мае"}) {
                    FORMS.put(form, month);
                }
            } else {
                for (String ending : new String[] {"", "а", "у", "ом", "е"}) {
                    FORMS.put(nominative + ending, month);
                }
            }
        }
    }

    private RussianMonths() {
    }

    /** The month named by any case form, case-insensitively: {@code Августе} → AUGUST. */
    public static Optional<Month> parse(String word) {
        return Optional.ofNullable(FORMS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Lower-case nominative name: {@code август}. */
    public static String nominative(Month month) {
        return NOMINATIVE[month.ordinal()];
    }

    /** {@code август 2020}. */
    public static String label(YearMonth month) {
        return nominative(month.getMonth()) + " " + month.getYear();
    }

    /** {@code 30.09.2020}. */
    public static String date(LocalDate date) {
        return date.format(RU_DATE);
    }
}
