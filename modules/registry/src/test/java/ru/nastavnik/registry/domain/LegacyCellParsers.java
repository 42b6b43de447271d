package ru.nastavnik.registry.domain;

// The implementation of CellParsers as it was before the import was made faster, kept verbatim (only renamed)
// as the reference the equivalence tests compare the new code with. Not used by main code.

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of single cells; every failure is a {@link CellProblem} with a Russian reason. */
final class LegacyCellParsers {

    static final DateTimeFormatter RU_DATE_FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private static final Pattern RU_DATE = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?:\\s*г\\.?)?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern INTEGER = Pattern.compile("(\\d{1,9})(?:[.,]0+)?");
    private static final Pattern SCHOOL_CLASS = Pattern.compile(
            "(\\d{1,2})(?:[.,]0+)?\\s*[-/]?\\s*[«\"“]?\\s*([\\p{IsCyrillic}A-Za-z])?\\s*[»\"”]?\\s*(?:класс|кл\\.?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-']+@(?:[\\p{L}0-9](?:[\\p{L}0-9-]*[\\p{L}0-9])?\\.)+\\p{L}{2,}");

    private LegacyCellParsers() {
    }

    /** {@code dd.MM.yyyy} (one-digit day/month, a trailing «г.» and a time part tolerated) or ISO {@code yyyy-MM-dd}. */
    static LocalDate date(String s) throws CellProblem {
        Matcher m = RU_DATE.matcher(s);
        if (m.matches()) {
            if (m.group(3).length() == 2) {
                throw new CellProblem("в дате «" + s + "» год нужно указать четырьмя цифрами (ДД.ММ.ГГГГ)");
            }
            return of(s, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO_DATE.matcher(s);
        if (m.matches()) {
            return of(s, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        throw new CellProblem("«" + s + "» не дата в формате ДД.ММ.ГГГГ");
    }

    private static LocalDate of(String s, int year, int month, int day) throws CellProblem {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new CellProblem("дата «" + s + "» не существует");
        }
    }

    static String format(LocalDate date) {
        return RU_DATE_FORMAT.format(date);
    }

    /** A whole number; «7.0» and «7,0» (Excel numbers) are accepted. */
    static int integer(String s, String expectation) throws CellProblem {
        Matcher m = INTEGER.matcher(s);
        if (!m.matches()) {
            throw new CellProblem("«" + s + "» не число: " + expectation);
        }
        return Integer.parseInt(m.group(1));
    }

    static SchoolClass schoolClass(String s) throws CellProblem {
        Matcher m = SCHOOL_CLASS.matcher(s);
        if (!m.matches()) {
            throw new CellProblem("класс «" + s + "» не распознан: ожидается номер 1–11, можно с литерой, например 7Б");
        }
        int grade = Integer.parseInt(m.group(1));
        if (grade < SchoolClass.MIN_GRADE || grade > SchoolClass.MAX_GRADE) {
            throw new CellProblem("класс " + grade + " вне диапазона 1–11");
        }
        String letter = m.group(2) == null ? "" : m.group(2).toUpperCase(java.util.Locale.ROOT);
        return new SchoolClass(grade, letter);
    }

    /** Russian numbers in any common spelling, normalised to {@code +7XXXXXXXXXX}. */
    static String phone(String s) throws CellProblem {
        StringBuilder digits = new StringBuilder(12);
        boolean plus = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.') {
                throw phoneProblem(s);
            }
        }
        String d = digits.toString();
        if (d.length() == 11 && (d.charAt(0) == '7' || d.charAt(0) == '8' && !plus)) {
            return "+7" + d.substring(1);
        }
        if (d.length() == 10 && !plus) {
            return "+7" + d;
        }
        throw phoneProblem(s);
    }

    private static CellProblem phoneProblem(String s) {
        return new CellProblem("телефон «" + s + "» не распознан: ожидается один российский номер, например +7 912 345-67-89");
    }

    static String email(String s) throws CellProblem {
        if (!EMAIL.matcher(s).matches()) {
            throw new CellProblem("адрес электронной почты «" + s + "» не распознан: ожидается один адрес вида ivanova@example.ru");
        }
        return s;
    }

    /** Splits a list cell on «,», «;» and line breaks; trims, drops empty items and repeats (ignoring case). */
    static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ',' || s.charAt(i) == ';' || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                String item = LegacyTextNormalization.clean(s.substring(start, i));
                if (!item.isEmpty() && seen.add(LegacyTextNormalization.fold(item))) {
                    out.add(item);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Letters of any alphabet, spaces, hyphens, apostrophes and dots; at least one letter. */
    static String personName(String s) throws CellProblem {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c != ' ' && c != '-' && c != '\'' && c != '’' && c != '.' && c != '‐' && c != '–') {
                throw new CellProblem("«" + s + "» содержит недопустимый символ «" + c
                        + "»: допускаются буквы, пробел, дефис, апостроф и точка");
            }
        }
        if (!letter) {
            throw new CellProblem("«" + s + "» не содержит ни одной буквы");
        }
        if (s.length() > 100) {
            throw new CellProblem("значение длиннее 100 символов");
        }
        return s;
    }
}
