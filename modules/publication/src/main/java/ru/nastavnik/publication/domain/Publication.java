package ru.nastavnik.publication.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.TenantId;

/**
 * One published (or to-be-published) piece of the municipality's «Целевая модель наставничества» section: a
 * best-practice case, a news or information-support post, a best mentor, monitoring results or a document.
 * <p>
 * Cases go through review: draft → submitted → (returned with comments | approved) → published. Posts, mentors and
 * documents are the coordinator's own: draft → published. Anything published can be withdrawn. Rich-text fields hold
 * sanitised HTML only (the application sanitises before calling {@link #edit}).
 */
@Table(schema = "publication", name = "publication")
public class Publication {

	@Id
	private UUID id;

	private UUID tenantId;

	@Version
	private Integer version;

	private PublicationKind kind;

	private PublicationStatus status;

	private String title;

	private String summary;

	private String body;

	private UUID organizationId;

	private String organizationName;

	private String formCode;

	private String problem;

	private String actions;

	private String results;

	private String tags;

	private boolean recommended;

	private String reviewComment;

	private UUID mentorId;

	private UUID sourcePairId;

	private UUID sourceReportId;

	private DocumentType documentType;

	private String demoKey;

	private UUID authorId;

	private String authorName;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	private Instant publishedAt;

	private Instant withdrawnAt;

	private String withdrawalReason;

	Publication() {
	}

	/** The editable content of any kind; fields that do not apply to a kind stay {@code null}. */
	public record Content(String title, String summary, String body, String formCode, UUID organizationId,
			String organizationName, String problem, String actions, String results, List<String> tags,
			DocumentType documentType) {

		public static Content post(String title, String summary, String body) {
			return new Content(title, summary, body, null, null, null, null, null, null, List.of(), null);
		}
	}

	public static Publication draft(TenantId tenant, PublicationKind kind, Content content, UUID authorId,
			String authorName, Instant now) {
		var p = new Publication();
		p.id = UUID.randomUUID();
		p.tenantId = tenant.value();
		p.kind = kind;
		p.status = PublicationStatus.DRAFT;
		p.authorId = authorId;
		p.authorName = authorName;
		p.createdAt = now;
		p.apply(content, now);
		return p;
	}

	public static Publication bestMentor(TenantId tenant, UUID mentorId, Content content, UUID authorId,
			String authorName, Instant now) {
		var p = draft(tenant, PublicationKind.BEST_MENTOR, content, authorId, authorName, now);
		p.mentorId = mentorId;
		return p;
	}

	public Publication fromPair(UUID pairId) {
		this.sourcePairId = pairId;
		return this;
	}

	public Publication fromReport(UUID reportId) {
		this.sourceReportId = reportId;
		return this;
	}

	public Publication demo(String key) {
		this.demoKey = key;
		return this;
	}

	/** Edits the content: drafts, returned cases and withdrawn items only (a withdrawn item becomes a draft again). */
	public void edit(Content content, Instant now) {
		if (!Set.of(PublicationStatus.DRAFT, PublicationStatus.RETURNED, PublicationStatus.WITHDRAWN).contains(status)) {
			throw BusinessRuleProblem.conflict("status", "«" + title + "» сейчас в статусе «" + status.title()
					+ "»: изменять можно черновик, возвращённый на доработку или снятый с публикации материал");
		}
		if (status == PublicationStatus.WITHDRAWN) {
			status = PublicationStatus.DRAFT;
		}
		apply(content, now);
	}

	private void apply(Content content, Instant now) {
		var errors = new ArrayList<BusinessRuleProblem.FieldError>();
		if (content.title() == null || content.title().isBlank()) {
			errors.add(new BusinessRuleProblem.FieldError("title", "Укажите заголовок"));
		}
		else if (content.title().strip().length() > 300) {
			errors.add(new BusinessRuleProblem.FieldError("title", "Заголовок длиннее 300 символов"));
		}
		if (content.summary() != null && content.summary().strip().length() > 1000) {
			errors.add(new BusinessRuleProblem.FieldError("summary", "Краткое описание длиннее 1000 символов"));
		}
		if (kind == PublicationKind.DOCUMENT && content.documentType() == null) {
			errors.add(new BusinessRuleProblem.FieldError("documentType", "Укажите вид документа"));
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте поля материала", errors);
		}
		title = content.title().strip();
		summary = blankToNull(content.summary());
		body = blankToNull(content.body());
		if (kind == PublicationKind.CASE) {
			formCode = blankToNull(content.formCode());
			organizationId = content.organizationId();
			organizationName = blankToNull(content.organizationName());
			problem = blankToNull(content.problem());
			actions = blankToNull(content.actions());
			results = blankToNull(content.results());
			tags = content.tags() == null ? null
					: blankToNull(String.join(", ", content.tags().stream().map(String::strip).filter(t -> !t.isEmpty())
						.distinct().toList()));
		}
		if (kind == PublicationKind.DOCUMENT) {
			documentType = content.documentType();
		}
		updatedAt = now;
	}

	public void submit(Instant now) {
		requireCase("отправить на рассмотрение");
		requireStatus("отправить на рассмотрение", PublicationStatus.DRAFT, PublicationStatus.RETURNED);
		status = PublicationStatus.SUBMITTED;
		submittedAt = now;
		updatedAt = now;
	}

	public void returnForRevision(String comment, Instant now) {
		requireCase("вернуть на доработку");
		requireStatus("вернуть на доработку", PublicationStatus.SUBMITTED, PublicationStatus.APPROVED);
		if (comment == null || comment.isBlank()) {
			throw BusinessRuleProblem.invalid("comment", "Укажите, что нужно доработать");
		}
		status = PublicationStatus.RETURNED;
		reviewComment = comment.strip();
		updatedAt = now;
	}

	public void approve(Instant now) {
		requireCase("одобрить");
		requireStatus("одобрить", PublicationStatus.SUBMITTED);
		status = PublicationStatus.APPROVED;
		reviewComment = null;
		updatedAt = now;
	}

	/** Checks the workflow allows publishing now; the privacy guard is the application's, before this. */
	public void checkPublishable() {
		if (kind == PublicationKind.CASE) {
			requireStatus("опубликовать", PublicationStatus.APPROVED, PublicationStatus.WITHDRAWN);
		}
		else {
			requireStatus("опубликовать", PublicationStatus.DRAFT, PublicationStatus.WITHDRAWN);
		}
	}

	public void publish(Instant now) {
		checkPublishable();
		status = PublicationStatus.PUBLISHED;
		publishedAt = now;
		withdrawnAt = null;
		withdrawalReason = null;
		updatedAt = now;
	}

	public void withdraw(String reason, Instant now) {
		requireStatus("снять с публикации", PublicationStatus.PUBLISHED);
		status = PublicationStatus.WITHDRAWN;
		withdrawnAt = now;
		withdrawalReason = reason == null || reason.isBlank() ? "Снято с публикации" : reason.strip();
		updatedAt = now;
	}

	public void recommendForRegion(boolean value, Instant now) {
		requireCase("рекомендовать для региона");
		recommended = value;
		updatedAt = now;
	}

	/** Every text a reader would see: what the privacy guard reads. */
	public String searchableText() {
		var parts = new ArrayList<String>();
		for (String s : new String[] { title, summary, body, problem, actions, results, tags, organizationName }) {
			if (s != null) {
				parts.add(s);
			}
		}
		return String.join("\n", parts);
	}

	private void requireCase(String action) {
		if (kind != PublicationKind.CASE) {
			throw BusinessRuleProblem.conflict("kind", "Только лучшую практику (кейс) можно " + action);
		}
	}

	private void requireStatus(String action, PublicationStatus... allowed) {
		if (!Arrays.asList(allowed).contains(status)) {
			throw BusinessRuleProblem.conflict("status", "Нельзя " + action + " «" + title + "»: статус «" + status.title()
					+ "», а нужно " + String.join(" или ", Arrays.stream(allowed).map(s -> "«" + s.title() + "»").toList()));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public boolean isPublished() {
		return status == PublicationStatus.PUBLISHED;
	}

	public List<String> tagList() {
		return tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	public String formLabel() {
		return MentorshipForms.label(formCode);
	}

	/** Summary for meta descriptions and the feed: the author's one, or the start of the text. */
	public String description() {
		if (summary != null) {
			return summary;
		}
		String text = PlainText.of(kind == PublicationKind.CASE ? String.join(" ", nonNull(problem), nonNull(results)) : nonNull(body));
		if (text.isBlank()) {
			return title;
		}
		return text.length() <= 200 ? text : text.substring(0, 197).strip() + "…";
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	public UUID id() { return id; }
	public TenantId tenantId() { return new TenantId(tenantId); }
	public Integer version() { return version; }
	public PublicationKind kind() { return kind; }
	public PublicationStatus status() { return status; }
	public String title() { return title; }
	public String summary() { return summary; }
	public String body() { return body; }
	public UUID organizationId() { return organizationId; }
	public String organizationName() { return organizationName; }
	public String formCode() { return formCode; }
	public String problem() { return problem; }
	public String actions() { return actions; }
	public String results() { return results; }
	public String tags() { return tags; }
	public boolean recommended() { return recommended; }
	public String reviewComment() { return reviewComment; }
	public UUID mentorId() { return mentorId; }
	public UUID sourcePairId() { return sourcePairId; }
	public UUID sourceReportId() { return sourceReportId; }
	public DocumentType documentType() { return documentType; }
	public String demoKey() { return demoKey; }
	public UUID authorId() { return authorId; }
	public String authorName() { return authorName; }
	public Instant createdAt() { return createdAt; }
	public Instant updatedAt() { return updatedAt; }
	public Instant submittedAt() { return submittedAt; }
	public Instant publishedAt() { return publishedAt; }
	public Instant withdrawnAt() { return withdrawnAt; }
	public String withdrawalReason() { return withdrawalReason; }
}
