package ru.nastavnik.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonNameMatcherTests {

	static final PersonNameMatcher.Name IVAN = new PersonNameMatcher.Name(UUID.randomUUID(), "Иванов", "Иван");

	static final PersonNameMatcher.Name MARIA = new PersonNameMatcher.Name(UUID.randomUUID(), "Петровская", "Мария");

	static final PersonNameMatcher.Name FYODOR = new PersonNameMatcher.Name(UUID.randomUUID(), "Семёнов", "Фёдор");

	static final PersonNameMatcher.Name ANNA = new PersonNameMatcher.Name(UUID.randomUUID(), "Кузнецова", "Анна");

	static final List<PersonNameMatcher.Name> ALL = List.of(IVAN, MARIA, FYODOR, ANNA);

	@ParameterizedTest
	@ValueSource(strings = { "Иванов Иван занял первое место", "Поздравляем Ивана Иванова!", "Грамота вручена Иванову Ивану",
			"Мы гордимся Иваном Ивановым", "Рассказ об Иване Иванове", "ИВАНОВ ИВАН", "иван иванов", "Иванов Иван Петрович",
			"Иван Петрович Иванов выступил", "<p>Ученик <b>Иванов</b> Иван</p>" })
	void findsAMaleNameInEveryCaseAndOrder(String text) {
		assertThat(PersonNameMatcher.find(PlainText.of(text), ALL)).extracting(m -> m.person()).containsExactly(IVAN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Мария Петровская", "у Марии Петровской", "Марию Петровскую наградили", "с Марией Петровской",
			"о Марии Петровской" })
	void findsAnAdjectivalFemaleSurname(String text) {
		assertThat(PersonNameMatcher.find(text, ALL)).extracting(m -> m.person()).containsExactly(MARIA);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Семенов Федор", "Федору Семенову", "Фёдора Семёнова", "федором семеновым" })
	void readsYoAsYe(String text) {
		assertThat(PersonNameMatcher.find(text, ALL)).extracting(m -> m.person()).containsExactly(FYODOR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Анна Кузнецова", "Анны Кузнецовой", "Анне Кузнецовой", "Анну Кузнецову", "Анной Кузнецовой" })
	void findsAFemaleNameInEveryCase(String text) {
		assertThat(PersonNameMatcher.find(text, ALL)).extracting(m -> m.person()).containsExactly(ANNA);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Иванов выступил, а Иван промолчал весь вечер", "Ивановка и Иванцов", "Иван Иванович",
			"В школе № 3 прошёл семинар", "Иванова Мария", "Петровский Иван" })
	void needsSurnameAndNameTogether(String text) {
		assertThat(PersonNameMatcher.find(text, List.of(IVAN, MARIA))).isEmpty();
	}

	@Test
	void reportsTheWordsAsWritten() {
		assertThat(PersonNameMatcher.find("Диплом получил Ивану Иванову вручили", List.of(IVAN)))
			.extracting(PersonNameMatcher.Match::fragment).containsExactly("Ивану Иванову");
	}

	@Test
	void nothingToFindInAnEmptyText() {
		assertThat(PersonNameMatcher.find("", ALL)).isEmpty();
		assertThat(PersonNameMatcher.find("Иванов Иван", List.of())).isEmpty();
	}
}
