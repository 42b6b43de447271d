package ru.nastavnik.publication.adapter.in.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import ru.nastavnik.publication.application.PublicationService;
import ru.nastavnik.publication.domain.DocumentType;

/** Request bodies of the publication API. */
final class Requests {

	private Requests() {
	}

	@Schema(description = "Содержание материала; поля, не относящиеся к виду материала, игнорируются. Поля body, problem, "
			+ "actions, results — HTML (простая разметка), очищается санитайзером")
	record ContentRequest(String title, String summary, String body, String formCode, UUID organizationId,
			String problem, String actions, String results, List<String> tags, DocumentType documentType) {

		PublicationService.Draft draft() {
			return new PublicationService.Draft(title, summary, body, formCode, organizationId, problem, actions, results,
					tags, documentType);
		}
	}

	@Schema(description = "Новость или материал информационного сопровождения")
	record PostRequest(@Schema(description = "NEWS или INFO", defaultValue = "NEWS") String kind, String title,
			String summary, String body) {
	}

	@Schema(description = "Лучший наставник: участник реестра с согласием на публикацию")
	record MentorRequest(UUID participantId, String title, String summary, String body) {
	}

	@Schema(description = "Комментарий координатора при возврате на доработку")
	record CommentRequest(String comment) {
	}

	@Schema(description = "Причина снятия с публикации")
	record ReasonRequest(String reason) {
	}

	@Schema(description = "Рекомендация кейса для региона")
	record RecommendationRequest(boolean recommended) {
	}
}
