package ru.nastavnik.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.security.ApiTokens;

/** «API-токены»: the signed-in user's personal tokens — create (shown once), see the last use and the log, revoke. */
@Controller
public class AccountTokensPageController {

	private final CurrentUsers users;

	private final ApiTokens tokens;

	public AccountTokensPageController(CurrentUsers users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	public String page(Model model) {
		UUID account = users.require().accountId();
		model.addAttribute("tokens", tokens.list(account));
		model.addAttribute("uses", tokens.uses(account, null, 30));
		model.addAttribute("maxDays", ApiTokens.MAX_VALID_DAYS);
		if (!model.containsAttribute("name")) {
			model.addAttribute("name", "");
			model.addAttribute("validDays", 90);
		}
		return "platform/account-tokens";
	}

	@PostMapping("/account/tokens")
	public String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) String validDays,
			Model model, RedirectAttributes redirect) {
		try {
			var created = tokens.create(users.require().accountId(), name, parseDays(validDays));
			redirect.addFlashAttribute("createdToken", created);
			redirect.addFlashAttribute("notice", "Токен «" + created.view().name() + "» выпущен");
		}
		catch (BusinessRuleProblem e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
			model.addAttribute("errors", errors);
			model.addAttribute("problem", e.getMessage());
			model.addAttribute("name", name);
			model.addAttribute("validDays", validDays);
			return page(model);
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	public String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		var token = tokens.revoke(users.require().accountId(), id);
		redirect.addFlashAttribute("notice", "Токен «" + token.name() + "» отозван");
		return "redirect:/account/tokens";
	}

	private static Integer parseDays(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			throw BusinessRuleProblem.invalid("validDays", "Срок действия — целое число дней, указано «" + value + "»");
		}
	}
}
