package ru.nastavnik.pairing.adapter.in.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import ru.nastavnik.pairing.application.OwnPairingService;
import ru.nastavnik.pairing.application.QuestionnaireService;
import ru.nastavnik.platform.BusinessRuleProblem;

/** The participant's pages «Моя пара» and «Анкета для подбора» (phone-first). */
@Controller
@RequestMapping("/t/{tenant}/me")
class OwnPairingPageController {

	private final OwnPairingService own;

	private final QuestionnaireService questionnaire;

	OwnPairingPageController(OwnPairingService own, QuestionnaireService questionnaire) {
		this.own = own;
		this.questionnaire = questionnaire;
	}

	@GetMapping("/pair")
	String pair(@PathVariable String tenant, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("pairs", own.pairs());
		model.addAttribute("programmes", own.programmes());
		return "pairing/me-pair";
	}

	@GetMapping("/questionnaire")
	String questionnaire(@PathVariable String tenant, Model model) {
		return form(tenant, model, questionnaire.ownAnswers());
	}

	private String form(String tenant, Model model, Map<UUID, List<String>> answers) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("questions", questionnaire.questions().stream().map(PairingViews.QuestionView::of).toList());
		model.addAttribute("answers", answers);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "pairing/me-questionnaire";
	}

	@PostMapping("/questionnaire")
	String answer(@PathVariable String tenant, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		Map<UUID, List<String>> chosen = new HashMap<>();
		for (var q : questionnaire.questions()) {
			List<String> values = form.get("q-" + q.id());
			chosen.put(q.id(), values == null ? List.of() : new ArrayList<>(values));
		}
		try {
			questionnaire.answerOwn(chosen);
		}
		catch (BusinessRuleProblem e) {
			// the answers stay as the person chose them; nothing was saved
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			var errors = new LinkedHashMap<String, String>();
			e.errors().forEach(f -> errors.merge(f.field(), f.message(), (a, b) -> a + "; " + b));
			model.addAttribute("errors", errors);
			model.addAttribute("problem", e.getMessage());
			return form(tenant, model, chosen);
		}
		flash.addFlashAttribute("notice", "Анкета сохранена: ответы будут учтены при подборе пары");
		return "redirect:/t/" + tenant + "/me/questionnaire";
	}
}
