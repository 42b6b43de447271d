package ru.nastavnik.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast paths of {@link TextNormalization} give exactly what the previous implementation
 * ({@link LegacyTextNormalization}, kept verbatim) gave: the natural key is stored, so a single differing
 * character would split a participant in two on re-import.
 */
class TextNormalizationEquivalenceTest {

    /** Characters that exercise every branch: whitespace kinds, composed and decomposed letters, dashes, surrogates. */
    static final String ALPHABET = "aZz09 .-'|\"«»“”„№ \t\n\r\u000B\f\u00a0\u2007\u202f\u2000\u3000\u0085"
            + "АЯаяЁёЙйИиЕеПпСсВв\u0306\u0308\u0301\u0483\u0487"
            + "\u2010\u2011\u2012\u2013\u2014\u2015’‐ſİıΩ\u2126\u212b\u00c5\u00e9e\u00c0ÄŁ"
            + "\ud83d\ude00\ud835\udc00";

    @Test
    void lowerCaseShortcutAgreesWithCharacterToLowerCaseForEveryChar() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat(TextNormalization.lowerCase((char) c)).as("U+%04X", c).isEqualTo(Character.toLowerCase((char) c));
        }
    }

    @Test
    void charsTheCleanFastPathAcceptsAreNoWhitespaceAndStableUnderNfcInEveryPair() {
        List<Character> safe = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (TextNormalization.isPlainNfcSafe((char) c)) {
                safe.add((char) c);
                assertThat(Character.isWhitespace(c) || Character.isSpaceChar(c)).as("U+%04X", c).isFalse();
            }
        }
        assertThat(safe).hasSizeGreaterThan(400).contains('Ё', 'й', '№', '«', '—', 'z');
        for (char a : safe) {
            for (char b : safe) {
                String pair = new String(new char[] {a, b});
                assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFC)).as("U+%04X U+%04X", (int) a, (int) b)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Петров", " Петров", "Петров ", "Петрова  Водкина", "Петрова - Водкина",
            "ПЕТРОВА–ВОДКИНА", "Петрова -Водкина", "Петрова- Водкина", "И\u0306одов", "Пе\u0308тр", "Йодов\u00a0",
            "Алёна", "ЁЛКИН", "a\tb", "МБОУ «Гимназия №2»", "МБОУ СОШ № 1", "O'Neil", "Д’Артаньян", "-", " - ",
            "a--b", "a - - b", "\u2000a", "\u212b", "\u0483a", "ſ", "İ", "\ud83d\ude00 x", "Ωmega", "x\u0301"})
    void curatedTextsCleanAndFoldAsBefore(String s) {
        assertThat(TextNormalization.clean(s)).isEqualTo(LegacyTextNormalization.clean(s));
        assertThat(TextNormalization.fold(s)).isEqualTo(LegacyTextNormalization.fold(s));
    }

    @Test
    void nullIsEmpty() {
        assertThat(TextNormalization.clean(null)).isEqualTo(LegacyTextNormalization.clean(null)).isEmpty();
        assertThat(TextNormalization.fold(null)).isEqualTo(LegacyTextNormalization.fold(null)).isEmpty();
    }

    @Test
    void randomTextsCleanAndFoldAsBefore() {
        Random random = new Random(20261123);
        for (int i = 0; i < 300_000; i++) {
            String s = randomText(random, ALPHABET, 12);
            assertThat(TextNormalization.clean(s)).as("clean %s", escape(s)).isEqualTo(LegacyTextNormalization.clean(s));
            assertThat(TextNormalization.fold(s)).as("fold %s", escape(s)).isEqualTo(LegacyTextNormalization.fold(s));
        }
    }

    @Test
    void organisationNamesNormaliseAsBefore() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            String s = randomText(random, ALPHABET, 12);
            assertThat(OrganisationDirectory.normaliseName(s)).as(escape(s)).isEqualTo(legacyNormaliseName(s));
        }
    }

    /** {@code OrganisationDirectory.normaliseName} over the legacy fold. */
    static String legacyNormaliseName(String name) {
        String folded = LegacyTextNormalization.fold(name);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case '«', '»', '“', '”', '„', '"', '\'' -> { }
                case ' ' -> {
                    if (out.length() == 0 || out.charAt(out.length() - 1) != '№' && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString().trim();
    }

    static String randomText(Random random, String alphabet, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.append('"').toString();
    }
}
