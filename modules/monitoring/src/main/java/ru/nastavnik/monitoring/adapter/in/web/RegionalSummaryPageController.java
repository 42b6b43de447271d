package ru.nastavnik.monitoring.adapter.in.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nastavnik.monitoring.application.RegionalSummaryService;
import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;

/** The ministry's regional summary page with charts and the XLSX export. */
@Controller
class RegionalSummaryPageController {

	private final RegionalSummaryService summaries;

	RegionalSummaryPageController(RegionalSummaryService summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/r/{region}/summary")
	String summary(@PathVariable String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		LocalDate on = date == null ? LocalDate.now() : date;
		var summary = summaries.summary(region, on);
		var indicatorNames = new LinkedHashMap<String, String>();
		var forms = new TreeSet<String>();
		summary.municipalities().forEach(m -> {
			m.indicators().forEach(v -> indicatorNames.putIfAbsent(v.code(), v.name()));
			forms.addAll(m.pairsByForm().keySet());
		});
		var main = summary.municipalities().stream()
			.map(m -> m.indicators().stream().filter(v -> v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElse(null))
			.toList();
		model.addAttribute("summary", summary);
		model.addAttribute("date", on);
		model.addAttribute("region", region);
		model.addAttribute("indicatorNames", indicatorNames);
		model.addAttribute("forms", forms);
		model.addAttribute("formNames", forms.stream().collect(Collectors.toMap(f -> f, Forms::name)));
		model.addAttribute("chartLabels", summary.municipalities().stream().map(m -> m.name()).collect(Collectors.joining(";")));
		model.addAttribute("chartValues", main.stream().map(v -> v == null || v.value() == null ? "" : v.value().toPlainString()).collect(Collectors.joining(";")));
		model.addAttribute("chartTargets", main.stream().map(v -> v == null || v.target() == null ? "" : v.target().toPlainString()).collect(Collectors.joining(";")));
		model.addAttribute("chartProgress", summary.municipalities().stream()
			.map(m -> m.roadmap().progress() == null ? "" : m.roadmap().progress().toPlainString()).collect(Collectors.joining(";")));
		return "monitoring/summary";
	}
}
