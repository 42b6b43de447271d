package ru.nastavnik.monitoring.adapter.in.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.monitoring.application.RegionalSummaryService;
import ru.nastavnik.monitoring.domain.RegionalSummary;

/** The ministry's regional summary: aggregates of the region's municipalities, never a person's data. */
@RestController
@RequestMapping("/api/regions/{region}")
@Tag(name = "Сводка по региону", description = "Показатели муниципалитетов региона рядом: только агрегаты")
class RegionalSummaryApiController {

	private final RegionalSummaryService summaries;

	RegionalSummaryApiController(RegionalSummaryService summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/summary")
	@Operation(summary = "Сводка по муниципалитетам региона на дату: показатели и целевые значения, дорожные карты, пары по формам")
	RegionalSummary summary(@PathVariable String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return summaries.summary(region, date == null ? LocalDate.now() : date);
	}

	@GetMapping("/summary/xlsx")
	@Operation(summary = "Сводка по муниципалитетам региона в формате XLSX")
	ResponseEntity<byte[]> xlsx(@PathVariable String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LocalDate on = date == null ? LocalDate.now() : date;
		return MonitoringApiController.download(summaries.xlsx(region, on), "svodka-" + region + "-" + on + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}
}
