package ru.nastavnik.registry.adapter.in.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.ContingentDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.ContingentRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.OrganizationDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.OrganizationRequest;
import ru.nastavnik.registry.application.OrganizationService;
import ru.nastavnik.registry.domain.Contingent;
import ru.nastavnik.registry.domain.OrganizationKind;

/** Organisations of the tenant and their contingent. */
@RestController
@RequestMapping("/api/{tenant}/registry")
@Tag(name = "Реестр: организации и контингент", description = "Образовательные организации муниципалитета и их контингент по учебным годам (знаменатели показателей)")
class OrganizationsApiController {

    private final OrganizationService organizations;

    OrganizationsApiController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/organizations")
    @Operation(summary = "Образовательные организации (куратору ОО — только своя)")
    List<OrganizationDto> list(@PathVariable String tenant) {
        return organizations.list().stream().map(OrganizationDto::of).toList();
    }

    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить образовательную организацию (координатор)")
    OrganizationDto create(@PathVariable String tenant, @RequestBody OrganizationRequest request) {
        return OrganizationDto.of(organizations.register(command(request)));
    }

    @PutMapping("/organizations/{id}")
    @Operation(summary = "Изменить наименование или тип организации")
    OrganizationDto update(@PathVariable String tenant, @PathVariable UUID id, @RequestBody OrganizationRequest request) {
        return OrganizationDto.of(organizations.change(id, command(request)));
    }

    @GetMapping("/organizations/{id}/contingent/{schoolYear}")
    @Operation(summary = "Контингент организации за учебный год (2020 — это 2020/21)")
    ContingentDto contingent(@PathVariable String tenant, @PathVariable UUID id, @PathVariable int schoolYear) {
        return organizations.contingent(id, schoolYear).map(ContingentDto::of).orElseThrow(() -> new NotFoundProblem(
                "Контингент за " + Contingent.schoolYearLabel(schoolYear) + " учебный год не указан"));
    }

    @PutMapping("/organizations/{id}/contingent/{schoolYear}")
    @Operation(summary = "Указать контингент организации за учебный год (заменяет прежние значения)")
    ContingentDto report(@PathVariable String tenant, @PathVariable UUID id, @PathVariable int schoolYear,
                         @RequestBody ContingentRequest r) {
        if (r.pupilsTotal() == null || r.pupils10to19() == null || r.teachers() == null || r.youngTeachers() == null) {
            throw BusinessRuleProblem.invalid("pupilsTotal",
                    "Укажите число обучающихся всего и 10–19 лет, педагогов и молодых педагогов");
        }
        return ContingentDto.of(organizations.reportContingent(id, schoolYear, new Contingent.Figures(r.pupilsTotal(),
                r.pupils10to19(), r.pupils15to19(), r.teachers(), r.youngTeachers())));
    }

    @GetMapping("/contingent")
    @Operation(summary = "Контингент всех организаций за учебный год")
    List<ContingentDto> contingents(@PathVariable String tenant, @RequestParam int schoolYear) {
        return organizations.contingents(schoolYear).stream().filter(l -> l.contingent() != null)
                .map(l -> ContingentDto.of(l.contingent())).toList();
    }

    static OrganizationService.OrganizationCommand command(OrganizationRequest r) {
        return new OrganizationService.OrganizationCommand(r.name(), r.shortName(), kind(r.kind()));
    }

    static OrganizationKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OrganizationKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw BusinessRuleProblem.invalid("kind", "Неизвестный тип организации «" + kind + "»: допустимы "
                    + java.util.Arrays.toString(OrganizationKind.values()));
        }
    }
}
