package ru.nastavnik.pairing.adapter.in.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.nastavnik.platform.NavigationContributor;
import ru.nastavnik.platform.NavigationItem;
import ru.nastavnik.platform.Role;

/** The pairing module's entries in the shell's navigation. */
@Component
class PairingNavigation implements NavigationContributor {

	@Override
	public List<NavigationItem> navigation() {
		var roles = Set.of(Role.COORDINATOR, Role.SCHOOL_CURATOR);
		return List.of(
				new NavigationItem("Наставнические пары", "/t/{tenant}/pairing", 30, roles,
						"Программы, подбор пар с объяснениями, закрепление пар приказом"),
				new NavigationItem("Приказы о закреплении пар", "/t/{tenant}/pairing/orders", 31, roles,
						"Приказы о закреплении наставнических пар: DOCX и PDF"),
				new NavigationItem("Пары и индивидуальные планы", "/t/{tenant}/pairing/pairs", 32, roles,
						"Действующие пары и группы, этапы индивидуальных планов"),
				new NavigationItem("Анкета совместимости", "/t/{tenant}/pairing/questionnaire", 33, roles,
						"Вопросы анкеты, по ответам на которую оценивается совместимость"),
				new NavigationItem("Моя пара", "/t/{tenant}/me/pair", 20, Set.of(Role.PARTICIPANT),
						"Программа, наставник или наставляемые, этапы индивидуального плана"),
				new NavigationItem("Анкета для подбора", "/t/{tenant}/me/questionnaire", 30, Set.of(Role.PARTICIPANT),
						"Анкета совместимости: по ответам подбирается пара"));
	}
}
