package ru.nastavnik.publication.application;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.web.RussianFormats;
import ru.nastavnik.monitoring.ReportApproved;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.PublicationKind;
import ru.nastavnik.publication.domain.Publications;
import ru.nastavnik.publication.domain.RichText;

/**
 * When an analytical report is approved, a draft «Результаты мониторинга» post with its headline figures is created
 * for the coordinator to edit and publish (Sasovo's item 8: publish the monitoring results). Once per report.
 */
@Service
@Transactional
public class MonitoringResults {

	private static final RussianFormats FMT = new RussianFormats();

	private final Publications publications;

	private final RichText richText;

	MonitoringResults(Publications publications, RichText richText) {
		this.publications = publications;
		this.richText = richText;
	}

	public Optional<Publication> draftFrom(ReportApproved report) {
		if (publications.existsForReport(report.reportId())) {
			return Optional.empty();
		}
		var body = new StringBuilder();
		body.append("<p>Утверждена аналитическая справка «").append(HtmlUtils.htmlEscape(report.title())).append("» на ")
			.append(FMT.date(report.reportDate())).append(".</p>");
		if (report.headlines() != null && !report.headlines().isEmpty()) {
			body.append("<ul>");
			for (var h : report.headlines()) {
				body.append("<li>").append(HtmlUtils.htmlEscape(h.indicatorName())).append(": ")
					.append(value(h.value(), h.unit()));
				if (h.target() != null) {
					body.append(" (целевое значение — ").append(value(h.target(), h.unit())).append(")");
				}
				body.append("</li>");
			}
			body.append("</ul>");
		}
		if (report.conclusions() != null && !report.conclusions().isBlank()) {
			body.append("<p>").append(HtmlUtils.htmlEscape(report.conclusions())).append("</p>");
		}
		String title = "Результаты мониторинга: " + report.title();
		var content = Publication.Content.post(title.length() > 300 ? title.substring(0, 299) + "…" : title,
				"Итоги мониторинга реализации целевой модели наставничества на " + FMT.date(report.reportDate()),
				richText.sanitize(body.toString()));
		var draft = Publication.draft(TenantContext.require(), PublicationKind.MONITORING_RESULT, content, null,
				"Мониторинг (автоматически)", Instant.now()).fromReport(report.reportId());
		return Optional.of(publications.save(draft));
	}

	/** As the live page and the report write it ({@code 2,0 %}, {@code 1 494}): the platform's formatter. */
	static String value(java.math.BigDecimal value, String unit) {
		return HtmlUtils.htmlEscape(FMT.amount(value, unit));
	}
}
