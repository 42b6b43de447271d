package ru.nastavnik.publication.adapter.in.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import ru.nastavnik.publication.application.RegionalCases;

/** The ministry's read-only page of the region's recommended best practices. */
@Controller
@RequestMapping("/r/{region}/cases")
class RegionPages {

	private final RegionalCases regional;

	RegionPages(RegionalCases regional) {
		this.regional = regional;
	}

	@GetMapping
	String cases(@PathVariable String region, Model model) {
		model.addAttribute("cases", regional.recommendedIn(region));
		model.addAttribute("base", "/r/" + region + "/cases");
		model.addAttribute("heading", "Лучшие практики муниципалитетов региона");
		return "publication/region";
	}

	@GetMapping("/{id}")
	String regionCase(@PathVariable String region, @PathVariable UUID id, Model model) {
		model.addAttribute("regional", regional.recommendedCase(region, id));
		model.addAttribute("back", "/r/" + region + "/cases");
		return "publication/region-case";
	}
}
