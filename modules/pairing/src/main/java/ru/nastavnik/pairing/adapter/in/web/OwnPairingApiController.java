package ru.nastavnik.pairing.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.pairing.adapter.in.web.PairingViews.QuestionView;
import ru.nastavnik.pairing.application.OwnPairingService;
import ru.nastavnik.pairing.application.QuestionnaireService;

/** The participant's own pairing: programmes, pairs, the compatibility questionnaire (participant accounts only). */
@RestController
@RequestMapping("/api/{tenant}/me")
@Tag(name = "Личный кабинет: пара и анкета", description = "Для участника: программы, своя пара или группа, анкета совместимости")
class OwnPairingApiController {

	private final OwnPairingService own;

	private final QuestionnaireService questionnaire;

	OwnPairingApiController(OwnPairingService own, QuestionnaireService questionnaire) {
		this.own = own;
		this.questionnaire = questionnaire;
	}

	@GetMapping("/programmes")
	@Operation(summary = "Программы наставничества моей организации и моих пар")
	List<OwnPairingService.OwnProgramme> programmes() {
		return own.programmes();
	}

	@GetMapping("/pairs")
	@Operation(summary = "Мои пары и группы (закреплённые приказом): другие участники — ФИО и организация, этапы плана")
	List<OwnPairingService.OwnPair> pairs() {
		return own.pairs();
	}

	record OwnQuestionnaire(List<QuestionView> questions, Map<UUID, List<String>> answers) {
	}

	@GetMapping("/questionnaire")
	@Operation(summary = "Анкета совместимости: вопросы и мои ответы")
	OwnQuestionnaire questionnaire() {
		return new OwnQuestionnaire(questionnaire.questions().stream().map(QuestionView::of).toList(),
				questionnaire.ownAnswers());
	}

	@PutMapping("/questionnaire")
	@Operation(summary = "Заполнить анкету совместимости (вопрос → выбранные варианты)", description = "Нужны ответы на "
			+ "все вопросы; иначе 422 с ошибкой по каждому вопросу без ответа, и ничего не сохраняется.")
	OwnQuestionnaire answer(@RequestBody(required = false) Map<UUID, List<String>> chosen) {
		questionnaire.answerOwn(chosen);
		return questionnaire();
	}
}
