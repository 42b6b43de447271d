package ru.nastavnik.registry.adapter.in.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.AccountDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.AccountRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.CatalogueItemDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.CatalogueRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.CuratorDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.CuratorRequest;
import ru.nastavnik.registry.application.CatalogueService;
import ru.nastavnik.registry.application.CuratorService;
import ru.nastavnik.registry.domain.CatalogueKind;
import ru.nastavnik.registry.domain.CuratorKind;

/** Curators (with their appointing orders and sign-in accounts) and the tenant's catalogues. */
@RestController
@RequestMapping("/api/{tenant}/registry")
@Tag(name = "Реестр: кураторы и справочники", description = "Кураторы ОО и муниципальная база кураторов; справочники компетенций и запросов")
class CuratorsApiController {

    private final CuratorService curators;
    private final CatalogueService catalogues;

    CuratorsApiController(CuratorService curators, CatalogueService catalogues) {
        this.curators = curators;
        this.catalogues = catalogues;
    }

    @GetMapping("/curators")
    @Operation(summary = "Кураторы")
    List<CuratorDto> curators(@PathVariable String tenant) {
        return curators.list().stream().map(CuratorDto::of).toList();
    }

    @PostMapping("/curators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Назначить куратора (координатор): приказ о назначении обязателен")
    CuratorDto appoint(@PathVariable String tenant, @RequestBody CuratorRequest r) {
        return CuratorDto.of(curators.appoint(new CuratorService.AppointCommand(curatorKind(r.kind()), r.organizationId(),
                r.fullName(), r.position(), r.email(), r.phone(), r.orderNumber(), r.orderDate())));
    }

    @PostMapping("/curators/{id}/account")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Создать куратору ОО учётную запись для входа (координатор)")
    AccountDto account(@PathVariable String tenant, @PathVariable UUID id, @RequestBody AccountRequest r) {
        var account = curators.createAccount(id, r.username(), r.password());
        return new AccountDto(account.id(), account.username());
    }

    @GetMapping("/catalogues/{kind}")
    @Operation(summary = "Справочник (COMPETENCY — компетенции наставников, REQUEST — запросы наставляемых)")
    List<CatalogueItemDto> catalogue(@PathVariable String tenant, @PathVariable CatalogueKind kind) {
        return catalogues.list(kind).stream().map(CatalogueItemDto::of).toList();
    }

    @PostMapping("/catalogues/{kind}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить значение в справочник (координатор)")
    CatalogueItemDto add(@PathVariable String tenant, @PathVariable CatalogueKind kind, @RequestBody CatalogueRequest r) {
        return CatalogueItemDto.of(catalogues.add(kind, r.title()));
    }

    @DeleteMapping("/catalogues/{kind}/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Удалить значение справочника (координатор); у участников оно сохраняется как текст")
    void remove(@PathVariable String tenant, @PathVariable CatalogueKind kind, @PathVariable UUID id) {
        catalogues.remove(id);
    }

    static CuratorKind curatorKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return CuratorKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw BusinessRuleProblem.invalid("kind", "Неизвестный вид куратора «" + kind + "»: SCHOOL или MUNICIPAL");
        }
    }
}
