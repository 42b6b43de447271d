package ru.nastavnik.app.load;

import java.util.function.Consumer;

/**
 * What the load generator looks for in every response, found by hand-written scans rather than regular expressions:
 * the same matches as {@code (?iu)Щюз([а-яё]{2})-} (a tenant's marker; the two letters are given, lower-cased) and
 * {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}} (an id), leftmost first and without overlap,
 * as {@code Matcher.find()} reports them ({@code ResponseScanTests} compares them). The generator shares the
 * application's two cores; with the regular expressions, scanning the pages and lists took a fifth of the CPU the
 * application itself spent on them (docs/benchmarks.md).
 */
final class ResponseScan {

	private ResponseScan() {
	}

	/** The two letters after each marker, lower-cased ({@code "аб"} for {@code Щюзаб-…} or {@code ЩЮЗАБ-…}). */
	static void markers(String text, Consumer<String> letters) {
		int n = text.length();
		for (int i = 0; i + 5 < n; i++) {
			char c = text.charAt(i);
			if ((c == 'Щ' || c == 'щ') && is(text.charAt(i + 1), 'ю', 'Ю') && is(text.charAt(i + 2), 'з', 'З')
					&& letter(text.charAt(i + 3)) && letter(text.charAt(i + 4)) && text.charAt(i + 5) == '-') {
				letters.accept(new String(new char[] { lower(text.charAt(i + 3)), lower(text.charAt(i + 4)) }));
				i += 5;
			}
		}
	}

	/** Each id, in order. */
	static void ids(String text, Consumer<String> id) {
		int n = text.length();
		int from = 0;
		for (int hyphen = text.indexOf('-', 8); hyphen >= 0 && hyphen + 28 <= n; hyphen = text.indexOf('-', hyphen + 1)) {
			int start = hyphen - 8;
			if (start >= from && uuidAt(text, start)) {
				id.accept(text.substring(start, start + 36));
				from = start + 36;
				hyphen = from - 1;
			}
		}
	}

	private static boolean uuidAt(String text, int start) {
		for (int i = 0; i < 36; i++) {
			char c = text.charAt(start + i);
			boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
			if (hyphen ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}

	private static boolean is(char c, char lower, char upper) {
		return c == lower || c == upper;
	}

	/** {@code [а-яё]} under {@code (?iu)}: the Russian letters of either case. */
	private static boolean letter(char c) {
		return c >= 'а' && c <= 'я' || c >= 'А' && c <= 'Я' || c == 'ё' || c == 'Ё';
	}

	private static char lower(char c) {
		return Character.toLowerCase(c);
	}
}
