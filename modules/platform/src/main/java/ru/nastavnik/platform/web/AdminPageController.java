package ru.nastavnik.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.tenancy.TenancyService;

/** The administrator's page: municipalities on the instance, onboarding a new one with its first coordinator. */
@Controller
public class AdminPageController {

	private final TenancyService tenancy;

	public AdminPageController(TenancyService tenancy) {
		this.tenancy = tenancy;
	}

	/** The onboarding form. */
	public record TenantForm(String slug, String name, String regionCode, String authority, String coordinatorUsername,
			String coordinatorPassword, String coordinatorName) {
	}

	@GetMapping("/admin/tenants")
	public String tenants(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TenantForm("", "", "", "", "", "", ""));
		}
		model.addAttribute("tenants", tenancy.all());
		model.addAttribute("regions", tenancy.regions());
		return "platform/admin-tenants";
	}

	@PostMapping("/admin/tenants")
	public String create(@ModelAttribute("form") TenantForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			tenancy.createTenantWithCoordinator(
					new TenancyService.NewTenant(form.slug(), form.name(), form.regionCode(), form.authority()),
					blankToNull(form.coordinatorUsername()) == null ? null
							: new TenancyService.NewAccount(form.coordinatorUsername(), form.coordinatorPassword(),
									form.coordinatorName(), Role.COORDINATOR, null, null, null));
		}
		catch (BusinessRuleProblem e) {
			e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
			model.addAttribute("errors", errors);
			model.addAttribute("problem", e.getMessage());
			return tenants(model);
		}
		redirect.addFlashAttribute("notice", "Муниципалитет «" + form.name() + "» подключён");
		return "redirect:/admin/tenants";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
