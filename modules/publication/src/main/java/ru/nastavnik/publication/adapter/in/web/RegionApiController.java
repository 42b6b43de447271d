package ru.nastavnik.publication.adapter.in.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.publication.adapter.in.web.PublicationView.RegionalCaseView;
import ru.nastavnik.publication.application.RegionalCases;

/** The region's recommended best practices, for its ministry viewers (read-only). */
@RestController
@RequestMapping("/api/regions/{region}/cases")
@Tag(name = "Лучшие практики региона", description = "Опубликованные кейсы, рекомендованные муниципалитетами для региона")
class RegionApiController {

	private final RegionalCases regional;

	RegionApiController(RegionalCases regional) {
		this.regional = regional;
	}

	@GetMapping
	@Operation(summary = "Рекомендованные для региона лучшие практики всех его муниципалитетов")
	List<RegionalCaseView> cases(@PathVariable String region) {
		return regional.recommendedIn(region).stream().map(RegionApiController::view).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Рекомендованная для региона лучшая практика")
	RegionalCaseView regionCase(@PathVariable String region, @PathVariable UUID id) {
		return view(regional.recommendedCase(region, id));
	}

	static RegionalCaseView view(RegionalCases.RegionalCase c) {
		return new RegionalCaseView(c.municipality().slug(), c.municipality().name(), PublicationView.ofPublished(c.publication()));
	}
}
