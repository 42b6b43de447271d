package ru.nastavnik.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.TenantId;

class PublicationWorkflowTests {

	static final TenantId TENANT = new TenantId(UUID.randomUUID());

	static Publication aCase() {
		return Publication.draft(TENANT, PublicationKind.CASE, new Publication.Content("Кейс", null, null, "PUPIL_PUPIL",
				null, null, "<p>Проблема</p>", "<p>Сделано</p>", "<p>Итог</p>", List.of("a", " b ", "a"), null),
				UUID.randomUUID(), "Куратор", Instant.now());
	}

	@Test
	void aCaseGoesThroughReviewBeforePublication() {
		var c = aCase();
		assertThat(c.status()).isEqualTo(PublicationStatus.DRAFT);
		assertThat(c.tagList()).containsExactly("a", "b");
		assertThatThrownBy(() -> c.publish(Instant.now())).isInstanceOf(BusinessRuleProblem.class)
			.hasMessageContaining("«Одобрено»");
		c.submit(Instant.now());
		assertThatThrownBy(() -> c.returnForRevision(" ", Instant.now())).hasMessageContaining("что нужно доработать");
		c.returnForRevision("Добавьте результаты", Instant.now());
		assertThat(c.status()).isEqualTo(PublicationStatus.RETURNED);
		assertThat(c.reviewComment()).isEqualTo("Добавьте результаты");
		c.edit(new Publication.Content("Кейс 2", null, null, null, null, null, null, null, "<p>Итог</p>", List.of(), null),
				Instant.now());
		c.submit(Instant.now());
		c.approve(Instant.now());
		assertThatThrownBy(() -> c.edit(Publication.Content.post("x", null, null), Instant.now()))
			.hasMessageContaining("изменять можно");
		c.publish(Instant.now());
		assertThat(c.isPublished()).isTrue();
		c.withdraw("Устарело", Instant.now());
		assertThat(c.status()).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(c.withdrawalReason()).isEqualTo("Устарело");
	}

	@Test
	void postsArePublishedWithoutReviewButOnlyCasesAreSubmittedOrRecommended() {
		var news = Publication.draft(TENANT, PublicationKind.NEWS, Publication.Content.post("Новость", null, "<p>т</p>"),
				null, "К", Instant.now());
		assertThatThrownBy(() -> news.submit(Instant.now())).hasMessageContaining("Только лучшую практику");
		assertThatThrownBy(() -> news.recommendForRegion(true, Instant.now())).hasMessageContaining("Только лучшую практику");
		news.publish(Instant.now());
		assertThatThrownBy(() -> news.publish(Instant.now())).hasMessageContaining("Нельзя опубликовать");
	}

	@Test
	void aTitleIsRequired() {
		assertThatThrownBy(() -> Publication.draft(TENANT, PublicationKind.NEWS, Publication.Content.post(" ", null, null),
				null, "К", Instant.now())).isInstanceOf(BusinessRuleProblem.class)
			.satisfies(e -> assertThat(((BusinessRuleProblem) e).errors()).extracting(BusinessRuleProblem.FieldError::field)
				.containsExactly("title"));
	}
}
