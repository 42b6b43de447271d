package ru.nastavnik.roadmap.adapter.out.templates;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The JSON form of a roadmap template ({@value #FORMAT}), described in {@code modules/roadmap/TEMPLATE-FORMAT.md}.
 * Field order here is the order written; missing optional fields read as empty.
 */
@JsonPropertyOrder({"format", "tenant", "title", "basis", "period", "sections"})
record TemplateDocument(
        String format, String tenant, String title, String basis, PeriodDocument period, List<SectionDocument> sections) {

    /** The format identifier every file carries. */
    static final String FORMAT = "nastavnik.roadmap-template/1";

    @JsonPropertyOrder({"from", "to"})
    record PeriodDocument(String from, String to) {
    }

    @JsonPropertyOrder({"number", "title", "items"})
    record SectionDocument(String number, String title, List<ItemDocument> items) {
    }

    @JsonPropertyOrder({"number", "title", "schedule", "targets", "responsible", "trackedPerSchool", "result", "note",
        "binding"})
    record ItemDocument(
            String number,
            String title,
            String schedule,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TargetDocument> targets,
            String responsible,
            Boolean trackedPerSchool,
            String result,
            String note,
            @JsonInclude(JsonInclude.Include.NON_NULL) String binding) {
    }

    @JsonPropertyOrder({"value", "unit", "comparison"})
    record TargetDocument(BigDecimal value, String unit, String comparison) {
    }
}
