package ru.nastavnik.monitoring.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.monitoring.application.OwnSurveyService;
import ru.nastavnik.monitoring.domain.Questionnaire;

/** The participant's monitoring questionnaires (participant accounts only). */
@RestController
@RequestMapping("/api/{tenant}/me/surveys")
@Tag(name = "Личный кабинет: анкеты мониторинга", description = "Этапы 1 и 2: ответы анонимны, сотрудники видят только сводные результаты от 3 ответов")
class OwnSurveyApiController {

	private final OwnSurveyService surveys;

	OwnSurveyApiController(OwnSurveyService surveys) {
		this.surveys = surveys;
	}

	record QuestionDto(String code, String text, String kind) {
	}

	record SurveyDto(int stage, String title, List<QuestionDto> questions) {
	}

	record OverviewDto(List<OwnSurveyService.OwnPair> pairs, List<SurveyDto> questionnaires) {
	}

	record Answers(Questionnaire.Phase phase, UUID pairId, Map<String, Integer> answers) {
	}

	@GetMapping
	@Operation(summary = "Мои пары и какие анкеты мониторинга я уже заполнил; вопросы анкет")
	OverviewDto overview(@PathVariable String tenant) {
		return new OverviewDto(surveys.pairs(), java.util.Arrays.stream(Questionnaire.values())
			.map(q -> new SurveyDto(q.stage(), q.title(), q.questions().stream()
				.map(x -> new QuestionDto(x.code(), x.text(), x.kind().name())).toList()))
			.toList());
	}

	@PostMapping("/{stage}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Заполнить анкету этапа 1 или 2", description = "answers: код вопроса → оценка 1–10 или 1/0 (да/нет); "
			+ "для этапа 2 — phase BEFORE или AFTER. Каждую анкету (и фазу) по программе — один раз (409 при повторе); "
			+ "422 с ошибкой по каждому вопросу без ответа или с недопустимым ответом.")
	void submit(@PathVariable String tenant, @PathVariable int stage, @RequestBody Answers request) {
		surveys.submit(stage, request.phase(), request.answers(), request.pairId());
	}
}
