package ru.nastavnik.publication.adapter.in.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.publication.adapter.in.web.PublicationView.AttachmentView;
import ru.nastavnik.publication.adapter.in.web.PublicationView.RegionalCaseView;
import ru.nastavnik.publication.adapter.in.web.Requests.CommentRequest;
import ru.nastavnik.publication.adapter.in.web.Requests.ContentRequest;
import ru.nastavnik.publication.adapter.in.web.Requests.MentorRequest;
import ru.nastavnik.publication.adapter.in.web.Requests.PostRequest;
import ru.nastavnik.publication.adapter.in.web.Requests.ReasonRequest;
import ru.nastavnik.publication.adapter.in.web.Requests.RecommendationRequest;
import ru.nastavnik.publication.application.PublicationService;
import ru.nastavnik.publication.application.PublicationService.Draft;
import ru.nastavnik.publication.application.RegionalCases;
import ru.nastavnik.publication.domain.CaseMaterial;
import ru.nastavnik.publication.domain.DocumentType;
import ru.nastavnik.publication.domain.Person;
import ru.nastavnik.publication.domain.PublicationKind;

/** The municipality's publications: cases with their review workflow, posts, best mentors, documents, files. */
@RestController
@RequestMapping("/api/{tenant}/publication")
@Tag(name = "Публикации", description = "Лучшие практики (кейсы) с рассмотрением, новости и информационное "
		+ "сопровождение, лучшие наставники, результаты мониторинга, документы раздела «Целевая модель наставничества»")
class PublicationApiController {

	private final PublicationService service;

	private final RegionalCases regional;

	private final CurrentUsers users;

	PublicationApiController(PublicationService service, RegionalCases regional, CurrentUsers users) {
		this.service = service;
		this.regional = regional;
		this.users = users;
	}

	// all kinds

	@GetMapping("/items")
	@Operation(summary = "Все материалы муниципалитета (куратору ОО — кейсы его организации)",
			description = "Необязательный фильтр kind: CASE, NEWS, INFO, BEST_MENTOR, MONITORING_RESULT, DOCUMENT")
	List<PublicationView> items(@RequestParam(required = false) PublicationKind kind) {
		return service.list(users.require()).stream().filter(p -> kind == null || p.kind() == kind)
			.map(PublicationView::of).toList();
	}

	@GetMapping("/items/{id}")
	@Operation(summary = "Материал")
	PublicationView item(@PathVariable UUID id) {
		return PublicationView.of(service.get(users.require(), id));
	}

	@PutMapping("/items/{id}")
	@Operation(summary = "Изменить материал (черновик, возвращённый на доработку или снятый с публикации)")
	PublicationView edit(@PathVariable UUID id, @RequestBody ContentRequest request) {
		return PublicationView.of(service.edit(users.require(), id, request.draft()));
	}

	@PostMapping("/items/{id}/publish")
	@Operation(summary = "Опубликовать материал", description = "Только координатор. Кейс — после одобрения. Отказ 422 с "
			+ "причиной, если текст называет несовершеннолетнего участника, зарегистрированного в муниципалитете, или "
			+ "у лучшего наставника нет согласия на публикацию")
	PublicationView publish(@PathVariable UUID id) {
		return PublicationView.of(service.publish(users.require(), id));
	}

	@PostMapping("/items/{id}/withdraw")
	@Operation(summary = "Снять материал с публикации")
	PublicationView withdraw(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest request) {
		return PublicationView.of(service.withdraw(users.require(), id, request == null ? null : request.reason()));
	}

	@GetMapping("/items/{id}/attachments")
	@Operation(summary = "Файлы материала")
	List<AttachmentView> attachments(@PathVariable UUID id) {
		return service.attachmentsOf(users.require(), id).stream().map(AttachmentView::of).toList();
	}

	@PostMapping(path = "/items/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Приложить файл", description = "PDF, PNG, JPEG, DOCX или XLSX до 10 МБ; тип определяется по "
			+ "содержимому файла, а не по имени")
	ResponseEntity<AttachmentView> attach(@PathVariable String tenant, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file) {
		var a = service.attach(users.require(), id, file.getOriginalFilename(), bytes(file));
		return ResponseEntity.created(URI.create("/api/" + tenant + "/publication/attachments/" + a.id()))
			.body(AttachmentView.of(a));
	}

	@GetMapping("/attachments/{attachmentId}")
	@Operation(summary = "Скачать файл")
	ResponseEntity<byte[]> download(@PathVariable UUID attachmentId) {
		return file(service.attachment(users.require(), attachmentId));
	}

	@DeleteMapping("/attachments/{attachmentId}")
	@Operation(summary = "Удалить файл (не у опубликованного материала)")
	ResponseEntity<Void> detach(@PathVariable UUID attachmentId) {
		service.detach(users.require(), attachmentId);
		return ResponseEntity.noContent().build();
	}

	// cases

	@GetMapping("/cases")
	@Operation(summary = "Лучшие практики (кейсы)")
	List<PublicationView> cases() {
		return items(PublicationKind.CASE);
	}

	@PostMapping("/cases")
	@Operation(summary = "Создать черновик кейса", description = "Куратор ОО — только для своей организации")
	ResponseEntity<PublicationView> createCase(@PathVariable String tenant, @RequestBody ContentRequest request) {
		return created(tenant, PublicationView.of(service.createCase(users.require(), request.draft())));
	}

	@PostMapping("/cases/{id}/submit")
	@Operation(summary = "Отправить кейс на рассмотрение координатору")
	PublicationView submit(@PathVariable UUID id) {
		return PublicationView.of(service.submit(users.require(), id));
	}

	@PostMapping("/cases/{id}/return")
	@Operation(summary = "Вернуть кейс на доработку с комментарием")
	PublicationView returnCase(@PathVariable UUID id, @RequestBody CommentRequest request) {
		return PublicationView.of(service.returnForRevision(users.require(), id, request.comment()));
	}

	@PostMapping("/cases/{id}/approve")
	@Operation(summary = "Одобрить кейс")
	PublicationView approve(@PathVariable UUID id) {
		return PublicationView.of(service.approve(users.require(), id));
	}

	@PostMapping("/cases/{id}/publish")
	@Operation(summary = "Опубликовать одобренный кейс")
	PublicationView publishCase(@PathVariable UUID id) {
		return publish(id);
	}

	@PutMapping("/cases/{id}/recommendation")
	@Operation(summary = "Рекомендовать кейс для региона (или снять рекомендацию)",
			description = "Опубликованный рекомендованный кейс читают министерство и другие муниципалитеты региона")
	PublicationView recommend(@PathVariable UUID id, @RequestBody RecommendationRequest request) {
		return PublicationView.of(service.recommend(users.require(), id, request.recommended()));
	}

	@GetMapping("/case-materials")
	@Operation(summary = "Завершённые наставнические пары — материал для кейсов")
	List<CaseMaterial> materials() {
		return service.materials(users.require());
	}

	@PostMapping("/case-materials/{pairId}/case")
	@Operation(summary = "Создать черновик кейса по завершённой паре")
	ResponseEntity<PublicationView> caseFromMaterial(@PathVariable String tenant, @PathVariable UUID pairId) {
		return created(tenant, PublicationView.of(service.createCaseFromMaterial(users.require(), pairId)));
	}

	@GetMapping("/region-cases")
	@Operation(summary = "Лучшие практики, рекомендованные для региона (всех муниципалитетов региона)")
	List<RegionalCaseView> regionCases() {
		CurrentUser user = users.require();
		return regional.recommendedIn(user.regionCode()).stream().map(RegionApiController::view).toList();
	}

	@GetMapping("/region-cases/{id}")
	@Operation(summary = "Рекомендованная для региона лучшая практика")
	RegionalCaseView regionCase(@PathVariable UUID id) {
		return RegionApiController.view(regional.recommendedCase(users.require().regionCode(), id));
	}

	// posts

	@GetMapping("/news")
	@Operation(summary = "Новости и материалы информационного сопровождения")
	List<PublicationView> news() {
		return service.list(users.require()).stream()
			.filter(p -> p.kind() == PublicationKind.NEWS || p.kind() == PublicationKind.INFO)
			.map(PublicationView::of).toList();
	}

	@PostMapping("/news")
	@Operation(summary = "Создать черновик новости (kind=NEWS) или материала информационного сопровождения (kind=INFO)")
	ResponseEntity<PublicationView> createNews(@PathVariable String tenant, @RequestBody PostRequest request) {
		PublicationKind kind = "INFO".equals(request.kind()) ? PublicationKind.INFO : PublicationKind.NEWS;
		if (request.kind() != null && !request.kind().equals("INFO") && !request.kind().equals("NEWS")) {
			throw BusinessRuleProblem.invalid("kind", "Вид записи: NEWS (новость) или INFO (информационное сопровождение)");
		}
		return created(tenant, PublicationView.of(service.createPost(users.require(), kind,
				Draft.post(request.title(), request.summary(), request.body()))));
	}

	@GetMapping("/monitoring-results")
	@Operation(summary = "Результаты мониторинга", description = "Черновик создаётся автоматически при утверждении "
			+ "аналитической справки; координатор правит его (PUT /items/{id}) и публикует")
	List<PublicationView> monitoringResults() {
		return items(PublicationKind.MONITORING_RESULT);
	}

	@PostMapping("/monitoring-results")
	@Operation(summary = "Создать запись о результатах мониторинга вручную")
	ResponseEntity<PublicationView> createMonitoringResult(@PathVariable String tenant, @RequestBody PostRequest request) {
		return created(tenant, PublicationView.of(service.createPost(users.require(), PublicationKind.MONITORING_RESULT,
				Draft.post(request.title(), request.summary(), request.body()))));
	}

	// best mentors

	@GetMapping("/best-mentors")
	@Operation(summary = "Лучшие наставники")
	List<PublicationView> mentors() {
		return items(PublicationKind.BEST_MENTOR);
	}

	@GetMapping("/best-mentors/candidates")
	@Operation(summary = "Кого можно опубликовать: совершеннолетние участники с согласием на публикацию")
	List<MentorCandidate> candidates() {
		return service.mentorCandidates(users.require()).stream().map(MentorCandidate::of).toList();
	}

	/** A participant who may be published as a best mentor. */
	record MentorCandidate(UUID participantId, String fullName, boolean mentor, boolean positiveExperience) {

		static MentorCandidate of(Person p) {
			return new MentorCandidate(p.participantId(), p.fullName(), p.mentor(), p.positiveExperience());
		}
	}

	@PostMapping("/best-mentors")
	@Operation(summary = "Создать черновик о лучшем наставнике", description = "Только при согласии на публикацию; при "
			+ "отзыве согласия всё, что называет наставника, снимается с публикации автоматически")
	ResponseEntity<PublicationView> createMentor(@PathVariable String tenant, @RequestBody MentorRequest request) {
		return created(tenant, PublicationView.of(service.createBestMentor(users.require(), request.participantId(),
				Draft.post(request.title(), request.summary(), request.body()))));
	}

	// documents

	@GetMapping("/documents")
	@Operation(summary = "Документы раздела (положение, приказы, дорожная карта)")
	List<PublicationView> documents() {
		return items(PublicationKind.DOCUMENT);
	}

	@PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Загрузить документ (черновик)", description = "Файл PDF, DOCX, XLSX, PNG или JPEG до 10 МБ")
	ResponseEntity<PublicationView> createDocument(@PathVariable String tenant, @RequestParam String title,
			@RequestParam DocumentType documentType, @RequestParam(required = false) String summary,
			@RequestParam("file") MultipartFile file) {
		var draft = new Draft(title, summary, null, null, null, null, null, null, List.of(), documentType);
		return created(tenant, PublicationView.of(service.createDocument(users.require(), draft,
				file.getOriginalFilename(), bytes(file))));
	}

	private static ResponseEntity<PublicationView> created(String tenant, PublicationView view) {
		return ResponseEntity.created(URI.create("/api/" + tenant + "/publication/items/" + view.id())).body(view);
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw BusinessRuleProblem.invalid("file", "Файл не удалось прочитать: повторите загрузку");
		}
	}

	static ResponseEntity<byte[]> file(PublicationService.FileDownload download) {
		var a = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.type().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
				.builder(a.type().isImage() || a.type() == ru.nastavnik.publication.domain.FileType.PDF ? "inline" : "attachment")
				.filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(download.content());
	}
}
