package ru.nastavnik.publication.adapter.in.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.publication.application.PublicationService;
import ru.nastavnik.publication.application.PublicationService.Draft;
import ru.nastavnik.publication.application.RegionalCases;
import ru.nastavnik.publication.domain.DocumentType;
import ru.nastavnik.publication.domain.MentorshipForms;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.PublicationKind;
import ru.nastavnik.publication.domain.PublicationStatus;

/** The editor's pages: «Публикации» of a municipality. */
@Controller
@RequestMapping("/t/{tenant}/publication")
class PublicationPages {

	private final PublicationService service;

	private final RegionalCases regional;

	private final CurrentUsers users;

	PublicationPages(PublicationService service, RegionalCases regional, CurrentUsers users) {
		this.service = service;
		this.regional = regional;
		this.users = users;
	}

	@GetMapping
	String index(@PathVariable String tenant, Model model) {
		CurrentUser user = users.require();
		List<Publication> all = service.list(user);
		model.addAttribute("tenantSlug", tenant);
		model.addAttribute("items", all);
		model.addAttribute("cases", all.stream().filter(p -> p.kind() == PublicationKind.CASE).toList());
		model.addAttribute("posts", all.stream().filter(p -> p.kind() != PublicationKind.CASE).toList());
		model.addAttribute("toReview", all.stream().filter(p -> p.status() == PublicationStatus.SUBMITTED).count());
		model.addAttribute("coordinator", user.isCoordinator());
		model.addAttribute("organizations", service.organizations());
		model.addAttribute("forms", MentorshipForms.all());
		model.addAttribute("materials", service.materials(user).stream().filter(m -> m.usedByCase() == null).toList());
		model.addAttribute("candidates", user.isCoordinator() ? service.mentorCandidates(user) : List.of());
		model.addAttribute("documentTypes", DocumentType.values());
		return "publication/index";
	}

	@GetMapping("/items/{id}")
	String item(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		CurrentUser user = users.require();
		Publication p = service.get(user, id);
		model.addAttribute("tenantSlug", tenant);
		model.addAttribute("item", p);
		model.addAttribute("attachments", service.attachmentsOf(user, id));
		model.addAttribute("coordinator", user.isCoordinator());
		model.addAttribute("editable", Arrays.asList(PublicationStatus.DRAFT, PublicationStatus.RETURNED,
				PublicationStatus.WITHDRAWN).contains(p.status()));
		model.addAttribute("organizations", service.organizations());
		model.addAttribute("forms", MentorshipForms.all());
		model.addAttribute("documentTypes", DocumentType.values());
		return "publication/item";
	}

	@PostMapping("/cases")
	String createCase(@PathVariable String tenant, @RequestParam String title,
			@RequestParam(required = false) String formCode, @RequestParam(required = false) UUID organizationId,
			RedirectAttributes redirect) {
		return act(tenant, null, redirect, "Черновик кейса создан", () -> service.createCase(users.require(),
				new Draft(title, null, null, formCode, organizationId, null, null, null, List.of(), null)));
	}

	@PostMapping("/posts")
	String createPost(@PathVariable String tenant, @RequestParam PublicationKind kind, @RequestParam String title,
			RedirectAttributes redirect) {
		return act(tenant, null, redirect, "Черновик создан",
				() -> service.createPost(users.require(), kind, Draft.post(title, null, null)));
	}

	@PostMapping("/mentors")
	String createMentor(@PathVariable String tenant, @RequestParam UUID participantId, RedirectAttributes redirect) {
		return act(tenant, null, redirect, "Черновик о наставнике создан",
				() -> service.createBestMentor(users.require(), participantId, Draft.post(null, null, null)));
	}

	@PostMapping("/documents")
	String createDocument(@PathVariable String tenant, @RequestParam String title, @RequestParam DocumentType documentType,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		return act(tenant, null, redirect, "Документ загружен: проверьте и опубликуйте", () -> service.createDocument(
				users.require(), new Draft(title, null, null, null, null, null, null, null, List.of(), documentType),
				file.getOriginalFilename(), PublicationApiController.bytes(file)));
	}

	@PostMapping("/materials/{pairId}/case")
	String caseFromMaterial(@PathVariable String tenant, @PathVariable UUID pairId, RedirectAttributes redirect) {
		return act(tenant, null, redirect, "Черновик кейса создан по завершённой паре",
				() -> service.createCaseFromMaterial(users.require(), pairId));
	}

	@PostMapping("/items/{id}")
	String save(@PathVariable String tenant, @PathVariable UUID id, @RequestParam String title,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String body,
			@RequestParam(required = false) String formCode, @RequestParam(required = false) UUID organizationId,
			@RequestParam(required = false) String problem, @RequestParam(required = false) String actions,
			@RequestParam(required = false) String results, @RequestParam(required = false) String tags,
			@RequestParam(required = false) DocumentType documentType, RedirectAttributes redirect) {
		List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(",")).toList();
		return act(tenant, id, redirect, "Сохранено", () -> service.edit(users.require(), id,
				new Draft(title, summary, body, formCode, organizationId, problem, actions, results, tagList, documentType)));
	}

	@PostMapping("/items/{id}/submit")
	String submit(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(tenant, id, redirect, "Кейс отправлен на рассмотрение координатору",
				() -> service.submit(users.require(), id));
	}

	@PostMapping("/items/{id}/return")
	String returnCase(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(tenant, id, redirect, "Кейс возвращён на доработку",
				() -> service.returnForRevision(users.require(), id, comment));
	}

	@PostMapping("/items/{id}/approve")
	String approve(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(tenant, id, redirect, "Кейс одобрен", () -> service.approve(users.require(), id));
	}

	@PostMapping("/items/{id}/publish")
	String publish(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(tenant, id, redirect, "Опубликовано в разделе «Целевая модель наставничества»",
				() -> service.publish(users.require(), id));
	}

	@PostMapping("/items/{id}/withdraw")
	String withdraw(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(tenant, id, redirect, "Снято с публикации", () -> service.withdraw(users.require(), id, reason));
	}

	@PostMapping("/items/{id}/recommend")
	String recommend(@PathVariable String tenant, @PathVariable UUID id, @RequestParam boolean recommended,
			RedirectAttributes redirect) {
		return act(tenant, id, redirect, recommended ? "Кейс рекомендован для региона" : "Рекомендация снята",
				() -> service.recommend(users.require(), id, recommended));
	}

	@PostMapping("/items/{id}/attachments")
	String attach(@PathVariable String tenant, @PathVariable UUID id, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) {
		return act(tenant, id, redirect, "Файл приложен", () -> {
			service.attach(users.require(), id, file.getOriginalFilename(), PublicationApiController.bytes(file));
			return null;
		});
	}

	@PostMapping("/attachments/{attachmentId}/delete")
	String detach(@PathVariable String tenant, @PathVariable UUID attachmentId, @RequestParam UUID item,
			RedirectAttributes redirect) {
		return act(tenant, item, redirect, "Файл удалён", () -> {
			service.detach(users.require(), attachmentId);
			return null;
		});
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID attachmentId) {
		return PublicationApiController.file(service.attachment(users.require(), attachmentId));
	}

	@GetMapping("/region")
	String region(@PathVariable String tenant, Model model) {
		CurrentUser user = users.require();
		model.addAttribute("cases", regional.recommendedIn(user.regionCode()));
		model.addAttribute("base", "/t/" + tenant + "/publication/region");
		model.addAttribute("heading", "Лучшие практики региона");
		return "publication/region";
	}

	@GetMapping("/region/{id}")
	String regionCase(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		model.addAttribute("regional", regional.recommendedCase(users.require().regionCode(), id));
		model.addAttribute("back", "/t/" + tenant + "/publication/region");
		return "publication/region-case";
	}

	/** Runs an action; a refused one comes back to the page with the reason instead of an error page. */
	private String act(String tenant, UUID itemId, RedirectAttributes redirect, String done, Supplier<Publication> action) {
		try {
			Publication p = action.get();
			redirect.addFlashAttribute("notice", done);
			UUID target = itemId != null ? itemId : p == null ? null : p.id();
			return target == null ? "redirect:/t/" + tenant + "/publication" : "redirect:/t/" + tenant + "/publication/items/" + target;
		}
		catch (BusinessRuleProblem e) {
			redirect.addFlashAttribute("problem", e.getMessage());
			redirect.addFlashAttribute("problemErrors", e.errors());
			return itemId == null ? "redirect:/t/" + tenant + "/publication" : "redirect:/t/" + tenant + "/publication/items/" + itemId;
		}
	}
}
