package ru.nastavnik.publication.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader-visible text of (already sanitised) HTML: tags become spaces, character references are decoded. Used to
 * search text (the privacy guard) and for summaries; never to make HTML safe — that is the sanitiser's job.
 */
public final class PlainText {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

	private PlainText() {
	}

	public static String of(String html) {
		if (html == null) {
			return "";
		}
		String text = TAG.matcher(html).replaceAll(" ");
		Matcher m = ENTITY.matcher(text);
		var out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
		}
		m.appendTail(out);
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	private static String decode(String entity, String whole) {
		try {
			if (entity.startsWith("#x")) {
				return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
			}
			if (entity.startsWith("#")) {
				return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
			}
		}
		catch (IllegalArgumentException e) {
			return whole;
		}
		return switch (entity) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			case "laquo" -> "«";
			case "raquo" -> "»";
			case "mdash" -> "—";
			case "ndash" -> "–";
			default -> whole;
		};
	}
}
