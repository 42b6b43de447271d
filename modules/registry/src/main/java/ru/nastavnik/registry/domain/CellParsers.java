package ru.nastavnik.registry.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of single cells; every failure is a {@link CellProblem} with a Russian reason. */
final class CellParsers {

    static final DateTimeFormatter RU_DATE_FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private static final Pattern SCHOOL_CLASS = Pattern.compile(
            "(\\d{1,2})(?:[.,]0+)?\\s*[-/]?\\s*[«\"“]?\\s*([\\p{IsCyrillic}A-Za-z])?\\s*[»\"”]?\\s*(?:класс|кл\\.?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-']+@(?:[\\p{L}0-9](?:[\\p{L}0-9-]*[\\p{L}0-9])?\\.)+\\p{L}{2,}");

    private CellParsers() {
    }

    /**
     * {@code dd.MM.yyyy} (one-digit day/month, a trailing «г.» and a time part tolerated) or ISO {@code yyyy-MM-dd}.
     *
     * <p>Hand-written instead of the former regular expressions {@code RU_DATE} and {@code ISO_DATE} (still in the
     * tests' {@code LegacyCellParsers}), which ran three or four times per row; it accepts exactly the texts they
     * matched (see {@code CellParsersEquivalenceTest}) and gives the same messages.
     */
    static LocalDate date(String s) throws CellProblem {
        int n = s.length();
        // RU_DATE: (\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}) then the optional «г.» and time part, to the end.
        int dayEnd = digits(s, 0);
        if (dayEnd >= 1 && dayEnd <= 2 && dayEnd < n && s.charAt(dayEnd) == '.') {
            int monthEnd = digits(s, dayEnd + 1);
            int monthLength = monthEnd - dayEnd - 1;
            if (monthLength >= 1 && monthLength <= 2 && monthEnd < n && s.charAt(monthEnd) == '.') {
                int yearEnd = digits(s, monthEnd + 1);
                int yearLength = yearEnd - monthEnd - 1;
                if ((yearLength == 4 || yearLength == 2) && ruDateTail(s, yearEnd)) {
                    if (yearLength == 2) {
                        throw new CellProblem("в дате «" + s + "» год нужно указать четырьмя цифрами (ДД.ММ.ГГГГ)");
                    }
                    return of(s, number(s, monthEnd + 1, yearEnd), number(s, dayEnd + 1, monthEnd), number(s, 0, dayEnd));
                }
            }
        }
        // ISO_DATE: (\d{4})-(\d{2})-(\d{2}) then an optional time part, to the end.
        if (n >= 10 && digits(s, 0) == 4 && s.charAt(4) == '-' && digits(s, 5) == 7 && s.charAt(7) == '-'
                && digits(s, 8) >= 10 && isoDateTail(s, 10)) {
            return of(s, number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
        }
        throw new CellProblem("«" + s + "» не дата в формате ДД.ММ.ГГГГ");
    }

    /** {@code (?:\s*г\.?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?} up to the end of {@code s}, from {@code i}. */
    private static boolean ruDateTail(String s, int i) {
        int n = s.length();
        int afterSpaces = spaces(s, i);
        if (afterSpaces < n && s.charAt(afterSpaces) == 'г') {
            int j = afterSpaces + 1;
            if (j < n && s.charAt(j) == '.') {
                j++;
            }
            // Once «г» is there the time part must follow it; without «г» the year is followed by spaces and a
            // digit, so the two readings never compete.
            return timeTail(s, j);
        }
        return timeTail(s, i);
    }

    /** {@code (?:\s+\d{1,2}:\d{2}(?::\d{2})?)?} up to the end of {@code s}. */
    private static boolean timeTail(String s, int i) {
        int n = s.length();
        if (i == n) {
            return true;
        }
        int h = spaces(s, i);
        if (h == i) {
            return false;
        }
        int hEnd = digits(s, h);
        if (hEnd - h < 1 || hEnd - h > 2 || hEnd >= n || s.charAt(hEnd) != ':') {
            return false;
        }
        int m = hEnd + 1;
        if (digits(s, m) != m + 2) {
            return false;
        }
        return m + 2 == n || s.charAt(m + 2) == ':' && digits(s, m + 3) == m + 5 && m + 5 == n;
    }

    /** {@code (?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?} up to the end of {@code s}. */
    private static boolean isoDateTail(String s, int i) {
        int n = s.length();
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != 'T' && s.charAt(i) != ' ') {
            return false;
        }
        int h = i + 1;
        int hEnd = digits(s, h);
        if (hEnd - h < 1 || hEnd - h > 2 || hEnd >= n || s.charAt(hEnd) != ':') {
            return false;
        }
        int m = hEnd + 1;
        if (digits(s, m) != m + 2) {
            return false;
        }
        int j = m + 2;
        if (j == n) {
            return true;
        }
        if (s.charAt(j) != ':' || digits(s, j + 1) != j + 3) {
            return false;
        }
        j += 3;
        if (j == n) {
            return true;
        }
        return s.charAt(j) == '.' && digits(s, j + 1) > j + 1 && digits(s, j + 1) == n;
    }

    /** End of the run of ASCII digits (regex {@code \d}) starting at {@code i}. */
    private static int digits(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** End of the run of regex {@code \s} characters ({@code [ \t\n\x0B\f\r]}) starting at {@code i}. */
    private static int spaces(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** The value of the ASCII digits {@code s[from, to)}, at most 9 of them. */
    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
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

    /** A whole number; «7.0» and «7,0» (Excel numbers) are accepted. Same texts as {@code (\\d{1,9})(?:[.,]0+)?}. */
    static int integer(String s, String expectation) throws CellProblem {
        int end = digits(s, 0);
        boolean valid = end >= 1 && end <= 9
                && (end == s.length() || (s.charAt(end) == '.' || s.charAt(end) == ',') && end + 1 < s.length()
                        && onlyZeros(s, end + 1));
        if (!valid) {
            throw new CellProblem("«" + s + "» не число: " + expectation);
        }
        return number(s, 0, end);
    }

    private static boolean onlyZeros(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    static SchoolClass schoolClass(String s) throws CellProblem {
        SchoolClass plain = plainSchoolClass(s);
        if (plain != null) {
            return plain;
        }
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

    /**
     * The usual spellings «7», «11», «7Б», «7б», «10A» without the regular expression: one or two digits giving
     * a grade 1–11, then at most one Russian or Latin letter. Null for anything else (then the regex decides).
     * The result is a shared instance: a school's file repeats a few dozen classes thousands of times, and
     * {@link SchoolClass} is an immutable value.
     */
    private static SchoolClass plainSchoolClass(String s) {
        int n = s.length();
        int end = digits(s, 0);
        if (end < 1 || end > 2 || n > end + 1) {
            return null;
        }
        int grade = number(s, 0, end);
        if (grade < SchoolClass.MIN_GRADE || grade > SchoolClass.MAX_GRADE) {
            return null;
        }
        if (n == end) {
            return PLAIN_CLASSES[grade][0];
        }
        int letter = CLASS_LETTERS.indexOf(Character.toUpperCase(s.charAt(end)));
        return letter < 0 || !isClassLetter(s.charAt(end)) ? null : PLAIN_CLASSES[grade][letter + 1];
    }

    /** The letters {@link #plainSchoolClass(String)} handles, upper case (as the regex path returns them). */
    private static final String CLASS_LETTERS = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final SchoolClass[][] PLAIN_CLASSES = new SchoolClass[SchoolClass.MAX_GRADE + 1][];

    static {
        for (int grade = SchoolClass.MIN_GRADE; grade <= SchoolClass.MAX_GRADE; grade++) {
            PLAIN_CLASSES[grade] = new SchoolClass[CLASS_LETTERS.length() + 1];
            PLAIN_CLASSES[grade][0] = new SchoolClass(grade, "");
            for (int i = 0; i < CLASS_LETTERS.length(); i++) {
                PLAIN_CLASSES[grade][i + 1] = new SchoolClass(grade, String.valueOf(CLASS_LETTERS.charAt(i)));
            }
        }
    }

    /** Russian а–я, ё and Latin a–z in either case. */
    private static boolean isClassLetter(char c) {
        return c >= 'а' && c <= 'я' || c == 'ё' || c >= 'А' && c <= 'Я' || c == 'Ё'
                || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Russian numbers in any common spelling, normalised to {@code +7XXXXXXXXXX}. */
    static String phone(String s) throws CellProblem {
        // The result is written straight into «+7» and ten digits; more than 11 digits are only counted.
        char[] out = new char[13];
        int digits = 0;
        boolean plus = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits < 11) {
                    out[2 + digits] = c;
                }
                digits++;
            } else if (c == '+' && digits == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.') {
                throw phoneProblem(s);
            }
        }
        out[0] = '+';
        if (digits == 11 && (out[2] == '7' || out[2] == '8' && !plus)) {
            // +7 and the ten digits after the leading 7 or 8.
            out[2] = '7';
            out[1] = '+';
            return new String(out, 1, 12);
        }
        if (digits == 10 && !plus) {
            out[1] = '7';
            return new String(out, 0, 12);
        }
        throw phoneProblem(s);
    }

    private static CellProblem phoneProblem(String s) {
        return new CellProblem("телефон «" + s + "» не распознан: ожидается один российский номер, например +7 912 345-67-89");
    }

    static String email(String s) throws CellProblem {
        boolean valid = isAscii(s) ? isAsciiEmail(s) : EMAIL.matcher(s).matches();
        if (!valid) {
            throw new CellProblem("адрес электронной почты «" + s + "» не распознан: ожидается один адрес вида ivanova@example.ru");
        }
        return s;
    }

    /**
     * {@link #EMAIL} for an ASCII text, without the regular expression (where {@code \\p{L}} is just A–Z, a–z):
     * a non-empty local part of {@code [A-Za-z0-9._%+\\-']}, one «@», then one or more labels of letters, digits
     * and inner hyphens, each followed by a dot, and a top-level domain of at least two letters.
     */
    private static boolean isAsciiEmail(String s) {
        int at = s.indexOf('@');
        if (at < 1) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '%' && c != '+' && c != '-' && c != '\'') {
                return false;
            }
        }
        int lastDot = s.lastIndexOf('.');
        if (lastDot <= at || s.length() - lastDot - 1 < 2) {
            return false;
        }
        for (int i = lastDot + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        // The labels between «@» and the last dot.
        int labelStart = at + 1;
        for (int i = at + 1; i <= lastDot; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (i == labelStart || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!isAsciiLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Splits a list cell on «,», «;» and line breaks; trims, drops empty items and repeats (ignoring case). */
    static List<String> list(String s) {
        if (!hasListSeparator(s)) {
            // One item, the usual case: no splitting and no set of seen items.
            String item = TextNormalization.clean(s);
            return item.isEmpty() ? List.of() : List.of(item);
        }
        List<String> out = new ArrayList<>(4);
        // Folded items seen so far: a list of a few is searched faster than a hash set is built; long lists
        // (a pasted text) switch to a set so that the search stays linear.
        List<String> folded = new ArrayList<>(4);
        Set<String> seen = null;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ',' || s.charAt(i) == ';' || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                // Spaces around a separator are cut before the copy, so that «a, b» needs one string per item.
                int end = i;
                while (start < end && s.charAt(start) == ' ') {
                    start++;
                }
                while (end > start && s.charAt(end - 1) == ' ') {
                    end--;
                }
                String item = TextNormalization.clean(s.substring(start, end));
                if (!item.isEmpty()) {
                    String key = TextNormalization.fold(item);
                    boolean isNew;
                    if (seen != null) {
                        isNew = seen.add(key);
                    } else {
                        isNew = !folded.contains(key);
                        if (isNew) {
                            folded.add(key);
                            if (folded.size() > 16) {
                                seen = new HashSet<>(folded);
                            }
                        }
                    }
                    if (isNew) {
                        out.add(item);
                    }
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean hasListSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Letters of any alphabet, spaces, hyphens, apostrophes and dots; at least one letter. */
    static String personName(String s) throws CellProblem {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Russian letters first: Character.isLetter needs a table lookup for them.
            if (c >= 'А' && c <= 'я' || Character.isLetter(c)) {
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
