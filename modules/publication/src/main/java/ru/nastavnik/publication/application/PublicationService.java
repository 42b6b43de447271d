package ru.nastavnik.publication.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.web.RussianFormats;
import ru.nastavnik.publication.CasePublished;
import ru.nastavnik.publication.MonitoringResultsPublished;
import ru.nastavnik.publication.PublicationWithdrawn;
import ru.nastavnik.publication.domain.Attachment;
import ru.nastavnik.publication.domain.Attachments;
import ru.nastavnik.publication.domain.CaseMaterial;
import ru.nastavnik.publication.domain.CaseMaterials;
import ru.nastavnik.publication.domain.DocumentType;
import ru.nastavnik.publication.domain.FileSniffer;
import ru.nastavnik.publication.domain.FileType;
import ru.nastavnik.publication.domain.Organization;
import ru.nastavnik.publication.domain.Organizations;
import ru.nastavnik.publication.domain.People;
import ru.nastavnik.publication.domain.Person;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.PublicationKind;
import ru.nastavnik.publication.domain.Publications;
import ru.nastavnik.publication.domain.RichText;

/**
 * The editor's use cases. A school curator drafts and submits cases of their own organisation only; everything else
 * — reviewing, publishing, withdrawing, recommending, posts, best mentors, documents — is the coordinator's.
 */
@Service
@Transactional
public class PublicationService {

	private final Publications publications;

	private final Attachments attachments;

	private final Organizations organizations;

	private final People people;

	private final CaseMaterials materials;

	private final RichText richText;

	private final PrivacyGuard guard;

	private final ApplicationEventPublisher events;

	PublicationService(Publications publications, Attachments attachments, Organizations organizations, People people,
			CaseMaterials materials, RichText richText, PrivacyGuard guard, ApplicationEventPublisher events) {
		this.publications = publications;
		this.attachments = attachments;
		this.organizations = organizations;
		this.people = people;
		this.materials = materials;
		this.richText = richText;
		this.guard = guard;
		this.events = events;
	}

	/** What an editor types; rich-text fields are HTML and get sanitised here. */
	public record Draft(String title, String summary, String body, String formCode, UUID organizationId, String problem,
			String actions, String results, List<String> tags, DocumentType documentType) {

		public static Draft post(String title, String summary, String body) {
			return new Draft(title, summary, body, null, null, null, null, null, List.of(), null);
		}
	}

	// reading

	@Transactional(readOnly = true)
	public List<Publication> list(CurrentUser user) {
		return user.organizationScope().map(publications::casesOf).orElseGet(publications::all);
	}

	@Transactional(readOnly = true)
	public Publication get(CurrentUser user, UUID id) {
		Publication p = publications.byId(id).orElseThrow(() -> new NotFoundProblem("Материал не найден"));
		if (user.isSchoolCurator() && (p.kind() != PublicationKind.CASE || !user.mayAccessOrganization(p.organizationId()))) {
			throw new NotFoundProblem("Материал не найден");
		}
		return p;
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachmentsOf(CurrentUser user, UUID id) {
		return attachments.of(get(user, id).id());
	}

	@Transactional(readOnly = true)
	public FileDownload attachment(CurrentUser user, UUID attachmentId) {
		Attachment a = attachments.byId(attachmentId).orElseThrow(() -> new NotFoundProblem("Файл не найден"));
		get(user, a.publicationId());
		return new FileDownload(a, attachments.content(a.id()));
	}

	public record FileDownload(Attachment attachment, byte[] content) {
	}

	@Transactional(readOnly = true)
	public List<Organization> organizations() {
		return organizations.all();
	}

	@Transactional(readOnly = true)
	public List<Person> mentorCandidates(CurrentUser user) {
		requireCoordinator(user, "выбирать лучших наставников");
		return people.publishable();
	}

	@Transactional(readOnly = true)
	public List<CaseMaterial> materials(CurrentUser user) {
		return materials.all().stream().filter(m -> user.isCoordinator() || user.mayAccessOrganization(m.organizationId()))
			.toList();
	}

	// creating

	public Publication createCase(CurrentUser user, Draft draft) {
		UUID organization = draft.organizationId();
		if (user.isSchoolCurator()) {
			UUID own = user.organizationScope().orElseThrow();
			if (organization != null && !organization.equals(own)) {
				throw new AccessDeniedProblem("Куратор образовательной организации готовит кейсы только своей организации");
			}
			organization = own;
		}
		else {
			requireCoordinator(user, "готовить кейсы");
		}
		var p = Publication.draft(TenantContext.require(), PublicationKind.CASE, content(draft, organization), user.accountId(),
				user.displayName(), Instant.now());
		return publications.save(p);
	}

	public Publication createCaseFromMaterial(CurrentUser user, UUID pairId) {
		CaseMaterial m = materials.byId(pairId).orElseThrow(() -> new NotFoundProblem("Завершённая пара не найдена"));
		if (!user.isCoordinator() && !user.mayAccessOrganization(m.organizationId())) {
			throw new NotFoundProblem("Завершённая пара не найдена");
		}
		String title = "Опыт наставничества" + (m.formLabel().isEmpty() ? "" : " в форме «" + m.formLabel() + "»");
		String results = m.outcome() == null ? null
				: "<p>" + org.springframework.web.util.HtmlUtils.htmlEscape(m.outcome()) + "</p>";
		var draft = new Draft(title, null, null, m.formCode(), m.organizationId(), null, null, results, List.of(), null);
		Publication p = createCase(user, draft);
		p.fromPair(pairId);
		materials.usedBy(pairId, p.id());
		return publications.save(p);
	}

	public Publication createPost(CurrentUser user, PublicationKind kind, Draft draft) {
		requireCoordinator(user, "готовить публикации");
		if (!kind.isPost()) {
			throw BusinessRuleProblem.invalid("kind", "Вид «" + kind.title() + "» — не запись новостной ленты");
		}
		return publications.save(Publication.draft(TenantContext.require(), kind, content(draft, null), user.accountId(),
				user.displayName(), Instant.now()));
	}

	public Publication createBestMentor(CurrentUser user, UUID participantId, Draft draft) {
		requireCoordinator(user, "публиковать лучших наставников");
		Person person = people.byId(participantId).filter(Person::named)
			.orElseThrow(() -> BusinessRuleProblem.invalid("participantId", "Участник не найден в реестре"));
		requirePublishable(person);
		String title = draft.title() == null || draft.title().isBlank() ? person.fullName() : draft.title();
		var d = new Draft(title, draft.summary(), draft.body(), null, null, null, null, null, List.of(), null);
		return publications.save(Publication.bestMentor(TenantContext.require(), participantId, content(d, null),
				user.accountId(), user.displayName(), Instant.now()));
	}

	public Publication createDocument(CurrentUser user, Draft draft, String fileName, byte[] content) {
		requireCoordinator(user, "размещать документы");
		FileType type = FileSniffer.require(fileName, content);
		var p = publications.save(Publication.draft(TenantContext.require(), PublicationKind.DOCUMENT,
				content(draft, null), user.accountId(), user.displayName(), Instant.now()));
		attachments.save(new Attachment(UUID.randomUUID(), p.id(), fileName(fileName, type), type, content.length,
				Instant.now()), content);
		return p;
	}

	// editing and the workflow

	public Publication edit(CurrentUser user, UUID id, Draft draft) {
		Publication p = editable(user, id);
		UUID organization = user.isSchoolCurator() ? p.organizationId()
				: (draft.organizationId() != null ? draft.organizationId() : null);
		p.edit(content(draft, organization), Instant.now());
		return publications.save(p);
	}

	public Publication submit(CurrentUser user, UUID id) {
		Publication p = editable(user, id);
		p.submit(Instant.now());
		return publications.save(p);
	}

	public Publication returnForRevision(CurrentUser user, UUID id, String comment) {
		requireCoordinator(user, "возвращать кейсы на доработку");
		Publication p = get(user, id);
		p.returnForRevision(comment, Instant.now());
		return publications.save(p);
	}

	public Publication approve(CurrentUser user, UUID id) {
		requireCoordinator(user, "одобрять кейсы");
		Publication p = get(user, id);
		p.approve(Instant.now());
		return publications.save(p);
	}

	/** Publishes after the privacy guard (and, for a best mentor, the consent) allow it. */
	public Publication publish(CurrentUser user, UUID id) {
		requireCoordinator(user, "публиковать");
		Publication p = get(user, id);
		p.checkPublishable();
		guard.check(p);
		if (p.kind() == PublicationKind.BEST_MENTOR) {
			requirePublishable(people.byId(p.mentorId()).orElseThrow(() -> BusinessRuleProblem.invalid("participantId",
					"Наставник больше не числится в реестре: публикация невозможна")));
		}
		if (p.kind() == PublicationKind.DOCUMENT && attachments.of(p.id()).isEmpty()) {
			throw BusinessRuleProblem.invalid("file", "К документу не приложен файл");
		}
		p.publish(Instant.now());
		Publication saved = publications.save(p);
		if (saved.kind() == PublicationKind.CASE) {
			events.publishEvent(new CasePublished(saved.tenantId(), saved.id(), saved.title(), saved.formCode(),
					saved.organizationId(), LocalDate.ofInstant(saved.publishedAt(), RussianFormats.ZONE),
					saved.recommended()));
		}
		if (saved.kind() == PublicationKind.MONITORING_RESULT) {
			events.publishEvent(new MonitoringResultsPublished(saved.tenantId(), saved.id(), saved.title(),
					saved.sourceReportId(), LocalDate.ofInstant(saved.publishedAt(), RussianFormats.ZONE)));
		}
		return saved;
	}

	public Publication withdraw(CurrentUser user, UUID id, String reason) {
		requireCoordinator(user, "снимать материалы с публикации");
		return withdraw(get(user, id), reason == null || reason.isBlank() ? "Снято координатором" : reason);
	}

	/** Withdraws a published item (by hand or automatically) and announces it. */
	public Publication withdraw(Publication p, String reason) {
		p.withdraw(reason, Instant.now());
		Publication saved = publications.save(p);
		events.publishEvent(new PublicationWithdrawn(saved.tenantId(), saved.id(), saved.kind().name(), saved.title(),
				saved.withdrawalReason()));
		return saved;
	}

	public Publication recommend(CurrentUser user, UUID id, boolean recommended) {
		requireCoordinator(user, "рекомендовать кейсы для региона");
		Publication p = get(user, id);
		p.recommendForRegion(recommended, Instant.now());
		return publications.save(p);
	}

	public Attachment attach(CurrentUser user, UUID id, String fileName, byte[] content) {
		Publication p = user.isCoordinator() ? get(user, id) : editable(user, id);
		FileType type = FileSniffer.require(fileName, content);
		if (attachments.of(p.id()).size() >= 20) {
			throw BusinessRuleProblem.invalid("file", "К материалу можно приложить не более 20 файлов");
		}
		var a = new Attachment(UUID.randomUUID(), p.id(), fileName(fileName, type), type, content.length, Instant.now());
		attachments.save(a, content);
		return a;
	}

	public void detach(CurrentUser user, UUID attachmentId) {
		Attachment a = attachments.byId(attachmentId).orElseThrow(() -> new NotFoundProblem("Файл не найден"));
		Publication p = user.isCoordinator() ? get(user, a.publicationId()) : editable(user, a.publicationId());
		if (p.isPublished()) {
			throw BusinessRuleProblem.conflict("status", "Снимите материал с публикации, чтобы удалить из него файл");
		}
		attachments.delete(a.id());
	}

	private Publication editable(CurrentUser user, UUID id) {
		Publication p = get(user, id);
		if (!user.isCoordinator() && !user.isSchoolCurator()) {
			throw new AccessDeniedProblem("Изменять материалы может координатор или куратор организации");
		}
		return p;
	}

	private Publication.Content content(Draft d, UUID organizationId) {
		String organizationName = organizationId == null ? null
				: organizations.byId(organizationId).map(Organization::name).orElse(null);
		return new Publication.Content(d.title(), d.summary(), richText.sanitize(d.body()), d.formCode(), organizationId,
				organizationName, richText.sanitize(d.problem()), richText.sanitize(d.actions()),
				richText.sanitize(d.results()), d.tags() == null ? List.of() : d.tags(), d.documentType());
	}

	private static void requirePublishable(Person person) {
		if (person.minor()) {
			throw BusinessRuleProblem.invalid("participantId", "Сведения о несовершеннолетних не публикуются");
		}
		if (!person.publicationConsent()) {
			throw BusinessRuleProblem.invalid("participantId", "У участника «" + person.fullName()
					+ "» нет действующего согласия на публикацию сведений: публикация невозможна");
		}
	}

	static void requireCoordinator(CurrentUser user, String action) {
		if (!user.isCoordinator()) {
			throw new AccessDeniedProblem("Только муниципальный координатор может " + action);
		}
	}

	private static String fileName(String original, FileType type) {
		String name = original == null || original.isBlank() ? "файл" : original.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		return name;
	}
}
