package ru.nastavnik.platform.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.events.FailedPublications;

/**
 * «Обработка событий» (administrator): the event publications whose listeners have not completed, failed ones first
 * with their error, and «Повторить неудавшиеся» — as a page and over the API.
 */
@Controller
@Tag(name = "Администрирование: события", description = "Необработанные и неудавшиеся публикации событий")
public class EventPublicationsAdminController {

	static final int LIMIT = 500;

	private final FailedPublications publications;

	public EventPublicationsAdminController(FailedPublications publications) {
		this.publications = publications;
	}

	public record Resubmitted(int failed) {
	}

	@GetMapping("/admin/events")
	public String page(Model model) {
		model.addAttribute("publications", publications.incomplete(LIMIT));
		model.addAttribute("failedCount", publications.failedCount());
		return "platform/admin-events";
	}

	@PostMapping("/admin/events/resubmit")
	public String resubmit(RedirectAttributes redirect) {
		int failed = publications.resubmitFailed();
		redirect.addFlashAttribute("notice", failed == 0 ? "Неудавшихся событий нет"
				: "Отправлено повторно: " + failed + " — обновите страницу через несколько секунд");
		return "redirect:/admin/events";
	}

	@GetMapping("/api/admin/event-publications")
	@ResponseBody
	@Operation(summary = "Необработанные публикации событий: сначала неудавшиеся, с последней ошибкой и числом попыток")
	public List<FailedPublications.Publication> list() {
		return publications.incomplete(LIMIT);
	}

	@PostMapping("/api/admin/event-publications/resubmit")
	@ResponseBody
	@Operation(summary = "Повторить все неудавшиеся публикации сейчас (обработчики выполнятся асинхронно)")
	public Resubmitted resubmitApi() {
		return new Resubmitted(publications.resubmitFailed());
	}
}
