package ru.nastavnik.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.registry.domain.TextNormalizationEquivalenceTest.escape;
import static ru.nastavnik.registry.domain.TextNormalizationEquivalenceTest.randomText;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written cell parsers accept exactly what the regular expressions of the previous implementation
 * ({@link LegacyCellParsers}, kept verbatim) accepted, give the same values and fail with the same Russian
 * messages, on curated tricky cells and on hundreds of thousands of random ones.
 */
class CellParsersEquivalenceTest {

    /** What a parser gave: its value, or the message of its {@link CellProblem}. */
    interface Parser {
        Object parse(String s) throws CellProblem;
    }

    static Object outcome(Parser parser, String s) {
        try {
            return parser.parse(s);
        } catch (CellProblem p) {
            return "CellProblem: " + p.getMessage();
        }
    }

    static void assertSame(Parser now, Parser before, String s) {
        assertThat(outcome(now, s)).as(escape(s)).isEqualTo(outcome(before, s));
    }

    // --- dates ---

    @ParameterizedTest
    @ValueSource(strings = {"29.02.2024", "29.02.2023", "29.02.1900", "29.02.2000", "31.04.2010", "31.12.2010",
            "1.2.2010", "01.2.2010", "1.02.2010", "001.02.2010", "01.002.2010", "01.02.201", "01.02.20101",
            "01.02.10", "1.2.10", "01.02.10 г.", "01.02.2010 г.", "01.02.2010г.", "01.02.2010г", "01.02.2010 г",
            "01.02.2010  г.", "01.02.2010 Г.", "01.02.2010 г..", "01.02.2010 г. 12:30", "01.02.2010г 12:30",
            "01.02.2010 г.12:30", "01.02.2010 12:30", "01.02.2010 12:30:45", "01.02.2010  12:30", "01.02.2010\t12:30",
            "01.02.2010 1:30", "01.02.2010 123:30", "01.02.2010 12:3", "01.02.2010 12:300", "01.02.2010 12:30:4",
            "01.02.2010 12:30:45:00", "01.02.2010 12:30:45.5", "01.02.2010 ", " 01.02.2010", "01.02.2010 12:",
            "01.02.10 12:30", "00.00.2010", "00.01.2010", "32.01.2010", "01.13.2010", "01.01.0000", "31.12.9999",
            "2010-02-01", "2010-2-1", "2010-02-1", "2010-02-30", "0000-01-01", "20100-02-01", "2010-02-01T12:30",
            "2010-02-01 12:30", "2010-02-01T12:30:45", "2010-02-01T12:30:45.123", "2010-02-01T12:30:45.",
            "2010-02-01T", "2010-02-01T1:30", "2010-02-01t12:30", "2010-02-01  12:30", "2010-02-01T12:30:",
            "2010-02-01Z", "2010.02.01", "01/02/2010", "01-02-2010", "", ".", "..", "1..2010", ".1.2010",
            "١.٢.٢٠١٠", "０１.０２.２０１０", "12 мая 2010", "01.02.2010 г. 12:30:45", "01.02.2010\u00a0г."})
    void curatedDatesParseAsBefore(String s) {
        assertSame(CellParsers::date, LegacyCellParsers::date, s);
    }

    @Test
    void everyDayOfFourHundredYearsInEverySpellingParsesAsBefore() throws CellProblem {
        for (java.time.LocalDate d = java.time.LocalDate.of(1900, 1, 1); d.getYear() < 2300; d = d.plusDays(1)) {
            for (String s : new String[] {
                    String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()),
                    String.format("%d.%d.%04d г.", d.getDayOfMonth(), d.getMonthValue(), d.getYear()),
                    d.toString()}) {
                assertThat(CellParsers.date(s)).isEqualTo(d);
            }
        }
        for (int day = 0; day <= 99; day++) {
            for (int month = 0; month <= 99; month++) {
                for (int year : new int[] {0, 1900, 2000, 2023, 2024, 9999}) {
                    assertSame(CellParsers::date, LegacyCellParsers::date, day + "." + month + "." + String.format("%04d", year));
                    assertSame(CellParsers::date, LegacyCellParsers::date,
                            String.format("%04d-%02d-%02d", year, month, day));
                }
                assertSame(CellParsers::date, LegacyCellParsers::date, day + "." + month + ".24");
            }
        }
    }

    @Test
    void randomDateLikeTextsParseAsBefore() {
        Random random = new Random(1);
        String alphabet = "0123456789..--:: гГT\t.x";
        for (int i = 0; i < 300_000; i++) {
            String s = randomText(random, alphabet, 16);
            assertSame(CellParsers::date, LegacyCellParsers::date, s);
        }
        // Nearly valid shapes: digit runs of random length joined by the separators the patterns use.
        String[] separators = {".", "-", ":", " ", "г", "г.", " г. ", "T", "", "\t"};
        for (int i = 0; i < 300_000; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                int digits = random.nextInt(5);
                for (int d = 0; d < digits; d++) {
                    sb.append((char) ('0' + random.nextInt(10)));
                }
                if (p < parts - 1 || random.nextBoolean()) {
                    sb.append(separators[p < 2 && random.nextInt(3) > 0 ? random.nextInt(2) : random.nextInt(separators.length)]);
                }
            }
            assertSame(CellParsers::date, LegacyCellParsers::date, sb.toString());
        }
    }

    // --- whole numbers, classes, e-mail, names, lists, phones ---

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "3", "10", "11", "007", "3.0", "3,0", "3.00", "3.", "3,", "3.5", "3.01", ".0", "",
            "-3", "+3", " 3", "3 ", "123456789", "1234567890", "999999999.0", "3.0.0", "три", "٣"})
    void curatedWholeNumbersParseAsBefore(String s) {
        assertSame(v -> CellParsers.integer(v, "ожидается целое число от 1 до 10"),
                v -> LegacyCellParsers.integer(v, "ожидается целое число от 1 до 10"), s);
    }

    @Test
    void randomWholeNumbersParseAsBefore() {
        Random random = new Random(2);
        for (int i = 0; i < 200_000; i++) {
            String s = randomText(random, "0123456789000.,- a", 12);
            assertSame(v -> CellParsers.integer(v, "x"), v -> LegacyCellParsers.integer(v, "x"), s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "07", "0", "00", "12", "11", "1", "111", "7Б", "7б", "7ё", "7Ё", "7A", "7a", "7z", "7к",
            "7 кл", "7кл", "7кл.", "7 класс", "7 КЛАСС", "7 «Б»", "7\"б\"", "10-А", "10/а", "7.0", "7,0", "7.0Б", "7 Б",
            "7ББ", "Б7", "7-", "7ß", "7ſ", "7\u212a", "7ї", "7Ѣ", "7α", "7 б класс", "11 класс", "12Б", "0А", "7б ", ""})
    void curatedClassesParseAsBefore(String s) {
        assertSame(CellParsers::schoolClass, LegacyCellParsers::schoolClass, s);
    }

    @Test
    void randomClassesParseAsBefore() {
        Random random = new Random(3);
        String alphabet = "0123456789 .,-/«»\"“”АБВбвЁёйЙazAZклассКЛАСС7ß";
        for (int i = 0; i < 300_000; i++) {
            String s = randomText(random, alphabet, 6);
            assertSame(CellParsers::schoolClass, LegacyCellParsers::schoolClass, s);
        }
        for (int grade = 0; grade <= 99; grade++) {
            for (char letter = 0; letter < 0x500; letter++) {
                String s = grade + String.valueOf(letter);
                assertSame(CellParsers::schoolClass, LegacyCellParsers::schoolClass, s);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivanova@example.ru", "a@b.ru", "a@b.r", "a@b.ru1", "a@b..ru", "a@.b.ru", "a@-b.ru",
            "a@b-.ru", "a@b-c.ru", "a@b--c.ru", "a.b+c_d%e-f'g@x.y.example.com", "@example.ru", "a@@example.ru",
            "a@example", "a@example.", "a@example.r-u", "a b@example.ru", "a@exa mple.ru", "a@пример.рф",
            "иван@example.ru", "a@example.ru, b@example.ru", "a@1.ru", "a@b.12", "a@b.c.", "A@B.RU", "a@b_c.ru",
            "a@b.ru.", "", "a", "a@b@c.ru"})
    void curatedEmailsParseAsBefore(String s) {
        assertSame(CellParsers::email, LegacyCellParsers::email, s);
    }

    @Test
    void randomEmailsParseAsBefore() {
        Random random = new Random(4);
        String alphabet = "ab1Z.._%+-'@@..-- фЯ";
        for (int i = 0; i < 300_000; i++) {
            String s = randomText(random, alphabet, 14);
            assertSame(CellParsers::email, LegacyCellParsers::email, s);
        }
        String[] pieces = {"a", "b1", "x-y", "-", ".", "@", "ru", "r", "рф", "1", "_", "'"};
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(9);
            for (int p = 0; p < n; p++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSame(CellParsers::email, LegacyCellParsers::email, sb.toString());
        }
    }

    @Test
    void randomNamesListsAndPhonesParseAsBefore() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            String name = randomText(random, "АяЁёaZ -'’.‐–—_1é\u0306\u00a0", 10);
            assertSame(CellParsers::personName, LegacyCellParsers::personName, name);
            String list = randomText(random, "аБ ,;\n\r Ёё\u00a0-\u0301\u0316\u0306", 14);
            assertThat(CellParsers.list(list)).as(escape(list)).isEqualTo(LegacyCellParsers.list(list));
            String phone = randomText(random, "0123456789789+ ()-.x", 18);
            assertSame(CellParsers::phone, LegacyCellParsers::phone, phone);
        }
        assertSame(CellParsers::personName, LegacyCellParsers::personName, "Я".repeat(101));
    }

    @Test
    void phoneShapedTextsParseAsBefore() {
        Random random = new Random(8);
        String[] separators = {"", " ", "-", "(", ")", ".", "+", "x", "  "};
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(3) == 0) {
                sb.append('+');
            }
            int digits = 8 + random.nextInt(6);
            for (int d = 0; d < digits; d++) {
                sb.append(d == 0 && random.nextBoolean() ? (random.nextBoolean() ? '7' : '8') : (char) ('0' + random.nextInt(10)));
                if (random.nextInt(4) == 0) {
                    sb.append(separators[random.nextInt(separators.length)]);
                }
            }
            assertSame(CellParsers::phone, LegacyCellParsers::phone, sb.toString());
        }
    }

    @Test
    void longListsWithRepeatsSplitAsBefore() {
        Random random = new Random(6);
        String[] words = {"математика", "Математика", " МАТЕМАТИКА ", "физика", "фи  зика", "ёлка", "елка", "", " ",
                "подготовка к ОГЭ", "подготовка  к огэ", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l",
                "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "И\u0306од"};
        String[] separators = {",", ";", "\n", "\r\n", ", ", " ; "};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int w = 0; w < n; w++) {
                if (w > 0) {
                    sb.append(separators[random.nextInt(separators.length)]);
                }
                sb.append(words[random.nextInt(words.length)]);
            }
            String list = sb.toString();
            assertThat(CellParsers.list(list)).as(escape(list)).isEqualTo(LegacyCellParsers.list(list));
        }
    }

    // --- enumerated values: the exact-label shortcut picks what the folding search picks ---

    @ParameterizedTest
    @EnumSource(ParticipantCategory.class)
    void aCategoryLabelIsFoundAsItsFoldedSpellingWouldBe(ParticipantCategory c) {
        assertThat(TextNormalization.fold(c.label())).isEqualTo(c.label());
        assertThat(ParticipantCategory.parse(c.label())).isEqualTo(ParticipantCategory.parse(" " + c.label().toUpperCase() + " ")).contains(c);
    }

    @ParameterizedTest
    @EnumSource(ParticipantRole.class)
    void aRoleLabelIsFoundAsItsFoldedSpellingWouldBe(ParticipantRole r) {
        assertThat(TextNormalization.fold(r.label())).isEqualTo(r.label());
        assertThat(ParticipantRole.parse(r.label())).isEqualTo(ParticipantRole.parse(" " + r.label().toUpperCase() + " ")).contains(r);
    }

    @ParameterizedTest
    @EnumSource(ConsentGiver.class)
    void aConsentGiverLabelIsFoundAsItsFoldedSpellingWouldBe(ConsentGiver g) {
        assertThat(TextNormalization.fold(g.label())).isEqualTo(g.label());
        assertThat(ConsentGiver.parse(g.label())).isEqualTo(ConsentGiver.parse(" " + g.label().toUpperCase() + " ")).contains(g);
    }
}
