package ru.nastavnik.registry.domain;

// The implementation of TextNormalization as it was before the import was made faster, kept verbatim (only renamed)
// as the reference the equivalence tests compare the new code with. Not used by main code.

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
final class LegacyTextNormalization {

    private LegacyTextNormalization() {
    }

    /** Trims the cell, turning every whitespace (NBSP included) into plain spaces; {@code null} → "". */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
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

    /** {@link #clean(String)} plus case folding, «ё» → «е» and unified hyphens; see the class comment. */
    public static String fold(String raw) {
        String s = clean(raw);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            switch (c) {
                case 'ё' -> out.append('е');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '-' -> {
                    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                    }
                    out.append('-');
                    if (i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                        i++;
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
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
