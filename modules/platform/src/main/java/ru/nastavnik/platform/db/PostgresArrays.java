package ru.nastavnik.platform.db;

import java.util.List;

/**
 * Texts as the literal PostgreSQL reads a {@code text[]} from, for set-based statements that pass a whole column — or a
 * list per row — as one text ({@code unnest(…)}, then {@code ::text[]}).
 */
public final class PostgresArrays {

	private PostgresArrays() {
	}

	/**
	 * {@code {"a","b\"c",NULL}}: every element quoted, a quote or backslash in it escaped by a backslash, {@code null} as
	 * an unquoted NULL (what the JDBC driver's own array does) — commas, braces, «NULL» as a word, spaces come back as
	 * they were.
	 */
	public static String textArray(String[] values) {
		int size = 2;
		for (String v : values) {
			size += v == null ? 5 : v.length() + 3;
		}
		StringBuilder sb = new StringBuilder(size + 16).append('{');
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				sb.append(',');
			}
			String v = values[i];
			if (v == null) {
				sb.append("NULL");
				continue;
			}
			sb.append('"');
			for (int k = 0; k < v.length(); k++) {
				char ch = v.charAt(k);
				if (ch == '"' || ch == '\\') {
					sb.append('\\');
				}
				sb.append(ch);
			}
			sb.append('"');
		}
		return sb.append('}').toString();
	}

	/** {@link #textArray(String[])} of a list. */
	public static String textArray(List<String> values) {
		return textArray(values.toArray(String[]::new));
	}
}
