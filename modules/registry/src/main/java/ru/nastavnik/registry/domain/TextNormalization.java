package ru.nastavnik.registry.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation of free text typed by people into spreadsheets, used for matching (headers, enumerated
 * values, organisation names) and for the {@link ParticipantNaturalKey}.
 *
 * <p>{@link #fold(String)} applies, in this order: Unicode NFC (so a decomposed «й» or «ё» equals the
 * composed one); every kind of whitespace including NBSP becomes a plain space; leading and trailing
 * spaces are removed and inner runs collapse to one space; lower case ({@link Locale#ROOT}); «ё» → «е»;
 * the dashes ‐ ‑ ‒ – — become «-» and spaces around a hyphen are removed («Петрова - Водкина» equals
 * «петрова-водкина»).
 */
public final class TextNormalization {

    private TextNormalization() {
    }

    /** Trims the cell, turning every whitespace (NBSP included) into plain spaces; {@code null} → "". */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Almost every cell of an import is already clean: returning it as is saves the NFC pass and a copy.
        if (isCleanAndComposed(raw)) {
            return raw;
        }
        if (isSpacedAndComposed(raw)) {
            return collapseSpaces(raw);
        }
        String s = raw;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * True when {@link #clean(String)} would return {@code s} unchanged: no leading, trailing or repeated
     * space, no other whitespace, and only characters that are their own NFC and never combine with a
     * neighbour (see {@link #isPlainNfcSafe(char)}). Anything else takes the full path.
     */
    static boolean isCleanAndComposed(String s) {
        int last = s.length() - 1;
        if (s.charAt(0) == ' ' || s.charAt(last) == ' ') {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (!isPlainNfcSafe(c)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s} has only plain spaces and {@link #isPlainNfcSafe(char)} characters: NFC leaves it alone. */
    private static boolean isSpacedAndComposed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && !isPlainNfcSafe(c)) {
                return false;
            }
        }
        return true;
    }

    /** What the loop of {@link #clean(String)} does to a text whose only whitespace is plain spaces. */
    private static String collapseSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        char[] out = new char[end - start];
        int len = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' || out[len - 1] != ' ') {
                out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    /**
     * Printable ASCII, Latin-1, the Russian/Cyrillic block without its combining marks, typographic dashes,
     * quotes and «№»: none of them is whitespace, and each is a starter that NFC leaves alone whatever its
     * neighbours are (tested exhaustively, pair by pair, in {@code TextNormalizationEquivalenceTest}).
     */
    static boolean isPlainNfcSafe(char c) {
        // A table rather than range tests: a cell mixes ASCII and Cyrillic, and the branches would mispredict.
        return c < PLAIN_NFC_SAFE.length && PLAIN_NFC_SAFE[c];
    }

    private static final boolean[] PLAIN_NFC_SAFE = new boolean[0x2116 + 1];

    static {
        for (char c = 0x21; c < 0x7F; c++) {
            PLAIN_NFC_SAFE[c] = true;
        }
        for (char c = 0xA1; c <= 0xFF; c++) {
            PLAIN_NFC_SAFE[c] = true;
        }
        for (char c = 0x0400; c <= 0x052F; c++) {
            PLAIN_NFC_SAFE[c] = c <= 0x0482 || c >= 0x048A;
        }
        for (char c = 0x2010; c <= 0x201E; c++) {
            PLAIN_NFC_SAFE[c] = c <= 0x2014 || c >= 0x2018;
        }
        PLAIN_NFC_SAFE[0x2116] = true;
    }

    /** {@link #clean(String)} plus case folding, «ё» → «е» and unified hyphens; see the class comment. */
    public static String fold(String raw) {
        String s = clean(raw);
        // A char array instead of a StringBuilder: the output is never longer than the cleaned input.
        char[] out = new char[s.length()];
        return new String(out, 0, foldCleaned(s, out, 0));
    }

    /**
     * Writes the fold of an already {@link #clean(String) cleaned} text into {@code out} from {@code at} and
     * returns the end; {@code out} needs room for {@code cleaned.length()} chars. Used by {@link #fold(String)}
     * and for keys made of several folded parts
     * ({@link ParticipantNaturalKey#asString(String, String, String, String, java.time.LocalDate)}).
     */
    static int foldCleaned(String cleaned, char[] out, int at) {
        int len = at;
        int n = cleaned.length();
        for (int i = 0; i < n; i++) {
            char c = lowerCase(cleaned.charAt(i));
            switch (c) {
                case 'ё' -> out[len++] = 'е';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '-' -> {
                    if (len > at && out[len - 1] == ' ') {
                        len--;
                    }
                    out[len++] = '-';
                    if (i + 1 < n && cleaned.charAt(i + 1) == ' ') {
                        i++;
                    }
                }
                default -> out[len++] = c;
            }
        }
        return len;
    }

    /** {@link Character#toLowerCase(char)} with shortcuts for ASCII and the Russian capitals А–Я. */
    static char lowerCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
        }
        if (c >= 'А' && c <= 'Я') {
            return (char) (c + 0x20);
        }
        if (c >= 'а' && c <= 'џ') {
            return c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
