package ru.nastavnik.publication.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people named in a Russian text by surname and first name, the two next to each other in either order (a
 * patronymic may stand between them), in any grammatical case: «Иванов Иван», «Ивана Иванова», «Иванову Ивану»,
 * «Иваном Ивановым», «Мария Петровская» / «Марии Петровской». Case-insensitive, «ё» read as «е».
 * <p>
 * A name word matches a text word when the text word is the word's stem (the word without its nominative ending)
 * followed by one of the case endings of Russian nouns and adjectives. This errs on the side of finding a name — the
 * privacy guard would rather refuse a text than publish a child's name.
 */
public final class PersonNameMatcher {

	private static final Locale RU = Locale.forLanguageTag("ru");

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

	private static final Set<String> ADJECTIVAL_ENDINGS = Set.of("ий", "ый", "ой", "ая", "яя", "ое");

	private static final String VOWEL_ENDINGS = "аяоеиыуюйь";

	private static final Set<String> CASE_ENDINGS = Set.of("", "а", "я", "у", "ю", "е", "и", "ы", "о", "ом", "ем", "ой",
			"ей", "ою", "ею", "ым", "им", "ых", "их", "ого", "его", "ому", "ему", "ую", "юю", "ая", "яя", "ий", "ый", "ь",
			"й", "ью");

	/** How far apart (in words) surname and first name may stand: 1 = adjacent, 2 = one word (a patronymic) between. */
	private static final int WINDOW = 2;

	/** A person the text is searched for. */
	public record Name(UUID participantId, String surname, String firstName) {
	}

	/** A person found, with the words of the text that name them. */
	public record Match(Name person, String fragment) {
	}

	private PersonNameMatcher() {
	}

	public static List<Match> find(String text, Collection<Name> people) {
		if (text == null || text.isBlank() || people.isEmpty()) {
			return List.of();
		}
		List<String> original = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			original.add(m.group());
			words.add(normalize(m.group()));
		}
		var matches = new ArrayList<Match>();
		for (Name person : people) {
			if (person.surname() == null || person.surname().isBlank() || person.firstName() == null
					|| person.firstName().isBlank()) {
				continue;
			}
			String surname = normalize(person.surname().strip());
			String first = normalize(person.firstName().strip());
			found: for (int i = 0; i < words.size(); i++) {
				if (!isFormOf(words.get(i), surname)) {
					continue;
				}
				for (int j = Math.max(0, i - WINDOW); j <= Math.min(words.size() - 1, i + WINDOW); j++) {
					if (j != i && isFormOf(words.get(j), first)) {
						int from = Math.min(i, j);
						int to = Math.max(i, j);
						matches.add(new Match(person, String.join(" ", original.subList(from, to + 1))));
						break found;
					}
				}
			}
		}
		return matches;
	}

	/** Whether {@code word} (normalised) is a case form of {@code nameWord} (normalised, nominative). */
	static boolean isFormOf(String word, String nameWord) {
		if (word.equals(nameWord)) {
			return true;
		}
		String stem = stem(nameWord);
		if (stem.length() < 2 || !word.startsWith(stem)) {
			return false;
		}
		return CASE_ENDINGS.contains(word.substring(stem.length()));
	}

	static String stem(String word) {
		if (word.length() > 4 && ADJECTIVAL_ENDINGS.contains(word.substring(word.length() - 2))) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 2 && VOWEL_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	static String normalize(String word) {
		return word.toLowerCase(RU).replace('ё', 'е');
	}
}
