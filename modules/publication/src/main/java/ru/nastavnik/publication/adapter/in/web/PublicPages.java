package ru.nastavnik.publication.adapter.in.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.platform.web.ConditionalGet;
import ru.nastavnik.publication.adapter.out.feed.AtomFeedWriter;
import ru.nastavnik.publication.application.PublicSection;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.PublicationKind;

/**
 * The municipality's public «Целевая модель наставничества» section and its Atom feed: no sign-in, the read-only scope
 * of that municipality, published items only.
 */
@Controller
@RequestMapping("/public/{tenant}")
class PublicPages {

	private final PublicSection section;

	private final TenantDirectory tenants;

	PublicPages(PublicSection section, TenantDirectory tenants) {
		this.section = section;
		this.tenants = tenants;
	}

	@GetMapping
	String index(@PathVariable String tenant, Model model) {
		TenantSummary municipality = municipality(tenant, model);
		List<Publication> published = section.published();
		model.addAttribute("news", ofKinds(published, PublicationKind.NEWS, PublicationKind.INFO));
		model.addAttribute("cases", ofKinds(published, PublicationKind.CASE));
		model.addAttribute("mentors", ofKinds(published, PublicationKind.BEST_MENTOR));
		model.addAttribute("monitoring", ofKinds(published, PublicationKind.MONITORING_RESULT));
		model.addAttribute("documents", ofKinds(published, PublicationKind.DOCUMENT));
		model.addAttribute("pageTitle", "Целевая модель наставничества — " + municipality.name());
		model.addAttribute("pageDescription", "Раздел «Целевая модель наставничества»: " + municipality.authority()
				+ " — новости, лучшие практики наставничества, лучшие наставники, результаты мониторинга и документы.");
		return "publication/public/index";
	}

	@GetMapping("/{segment:news|cases|mentors|monitoring|documents}/{id}")
	String item(@PathVariable String tenant, @PathVariable String segment, @PathVariable UUID id, Model model) {
		TenantSummary municipality = municipality(tenant, model);
		Publication p = section.item(segment, id);
		model.addAttribute("item", p);
		model.addAttribute("attachments", section.attachmentsOf(p));
		model.addAttribute("pageTitle", p.title() + " — " + municipality.name());
		model.addAttribute("pageDescription", p.description());
		return "publication/public/item";
	}

	@GetMapping("/files/{attachmentId}")
	ResponseEntity<byte[]> file(@PathVariable String tenant, @PathVariable UUID attachmentId) {
		return PublicationApiController.file(section.file(attachmentId));
	}

	@GetMapping(path = "/feed.atom", produces = "application/atom+xml")
	@io.swagger.v3.oas.annotations.tags.Tag(name = "Публикации")
	@io.swagger.v3.oas.annotations.Operation(summary = "Лента Atom публичного раздела муниципалитета: опубликованные "
			+ "кейсы, новости, лучшие наставники и результаты мониторинга", description = "Без входа в систему.")
	ResponseEntity<String> feed(@PathVariable String tenant, WebRequest request) {
		TenantSummary municipality = tenants.bySlug(tenant).orElseThrow(() -> new NotFoundProblem("Муниципалитет не найден"));
		String page = absolute("/public/" + tenant);
		// a reader polling an unchanged feed gets 304 before anything is read or written (conditional GET)
		var version = section.feedVersion();
		var validator = ConditionalGet.of(version.lastChange(), version.published(), page, municipality.name(),
				municipality.authority());
		var notModified = validator.<String>notModified(request, CacheControl.noCache());
		if (notModified.isPresent()) {
			return notModified.get();
		}
		List<Publication> published = section.published();
		var entries = published.stream().map(p -> new AtomFeedWriter.Entry("urn:uuid:" + p.id(), p.title(),
				absolute("/public/" + tenant + "/" + p.kind().segment() + "/" + p.id()), p.publishedAt(), p.publishedAt(),
				p.kind().title(), p.description())).toList();
		Instant updated = published.stream().map(Publication::publishedAt).max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
		String xml = AtomFeedWriter.write(new AtomFeedWriter.Feed("urn:uuid:" + municipality.id().value(),
				"Целевая модель наставничества — " + municipality.name(),
				"Новости, лучшие практики, лучшие наставники и результаты мониторинга: " + municipality.authority(),
				municipality.authority(), page + "/feed.atom", page, updated, entries));
		return validator.ok(CacheControl.noCache()).contentType(MediaType.parseMediaType(AtomFeedWriter.MEDIA_TYPE))
			.body(xml);
	}

	private TenantSummary municipality(String slug, Model model) {
		TenantSummary municipality = tenants.bySlug(slug).orElseThrow(() -> new NotFoundProblem("Муниципалитет не найден"));
		model.addAttribute("municipality", municipality);
		model.addAttribute("tenantSlug", slug);
		model.addAttribute("publicTenantName", municipality.name());
		model.addAttribute("feedUrl", "/public/" + slug + "/feed.atom");
		return municipality;
	}

	private static List<Publication> ofKinds(List<Publication> items, PublicationKind... kinds) {
		var wanted = List.of(kinds);
		return items.stream().filter(p -> wanted.contains(p.kind())).toList();
	}

	private static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}
}
