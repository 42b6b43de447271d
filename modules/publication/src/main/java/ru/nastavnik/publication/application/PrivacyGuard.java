package ru.nastavnik.publication.application;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.publication.domain.People;
import ru.nastavnik.publication.domain.PersonNameMatcher;
import ru.nastavnik.publication.domain.PlainText;
import ru.nastavnik.publication.domain.Publication;

/**
 * Nothing about a minor is ever published: before anything is published, its whole text is searched for the
 * surname and first name (in any case form) of every minor registered in the tenant. Drafts may name them; publishing
 * is refused, with the reason, whoever publishes.
 */
@Component
public class PrivacyGuard {

	private final People people;

	PrivacyGuard(People people) {
		this.people = people;
	}

	public List<PersonNameMatcher.Match> namedMinors(String text) {
		return PersonNameMatcher.find(PlainText.of(text), people.minors());
	}

	public void check(Publication publication) {
		var found = namedMinors(publication.searchableText());
		if (!found.isEmpty()) {
			String fragments = found.stream().map(m -> "«" + m.fragment() + "»").distinct().collect(Collectors.joining(", "));
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID,
					"Публикация невозможна: текст называет несовершеннолетнего участника программы наставничества ("
							+ fragments + "). Сведения о несовершеннолетних не публикуются — уберите фамилию и имя из текста.",
					List.of(new BusinessRuleProblem.FieldError("text",
							"Упомянут несовершеннолетний участник, зарегистрированный в муниципалитете: " + fragments)));
		}
	}
}
