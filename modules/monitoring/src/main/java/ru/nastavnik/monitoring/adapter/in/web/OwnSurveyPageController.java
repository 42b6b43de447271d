package ru.nastavnik.monitoring.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import ru.nastavnik.monitoring.application.OwnSurveyService;
import ru.nastavnik.monitoring.domain.Questionnaire;
import ru.nastavnik.platform.BusinessRuleProblem;

/** The participant's page «Анкеты мониторинга» (phone-first). */
@Controller
@RequestMapping("/t/{tenant}/me/surveys")
class OwnSurveyPageController {

	private final OwnSurveyService surveys;

	OwnSurveyPageController(OwnSurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	String page(@PathVariable String tenant, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("pairs", surveys.pairs());
		model.addAttribute("questionnaires", Questionnaire.values());
		model.addAttribute("minimum", Questionnaire.MIN_RESPONDENTS);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("values", Map.of());
		}
		return "monitoring/me-surveys";
	}

	@PostMapping("/{stage}")
	String submit(@PathVariable String tenant, @PathVariable int stage, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		var answers = new LinkedHashMap<String, Integer>();
		var errors = new LinkedHashMap<String, String>();
		form.forEach((k, v) -> {
			if (k.startsWith("q_") && v != null && !v.isBlank()) {
				try {
					answers.put(k.substring(2), Integer.valueOf(v.trim()));
				}
				catch (NumberFormatException e) {
					errors.put("answers." + k.substring(2), "Ответ — число из предложенных");
				}
			}
		});
		String phase = form.get("phase");
		try {
			if (!errors.isEmpty()) {
				throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Анкета не принята: исправьте ошибки",
						errors.entrySet().stream().map(e -> new BusinessRuleProblem.FieldError(e.getKey(), e.getValue())).toList());
			}
			surveys.submit(stage, phase == null || phase.isBlank() ? null : Questionnaire.Phase.valueOf(phase), answers, null);
		}
		catch (BusinessRuleProblem e) {
			response.setStatus(e.kind() == BusinessRuleProblem.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_ENTITY.value());
			e.errors().forEach(f -> errors.merge(f.field(), f.message(), (a, b) -> a + "; " + b));
			model.addAttribute("errors", errors);
			model.addAttribute("problem", e.getMessage());
			model.addAttribute("failedStage", stage);
			model.addAttribute("values", form);
			return page(tenant, model);
		}
		flash.addFlashAttribute("notice", "Спасибо! Анкета принята. Ваши ответы учитываются только в сводных результатах");
		return "redirect:/t/" + tenant + "/me/surveys";
	}
}
