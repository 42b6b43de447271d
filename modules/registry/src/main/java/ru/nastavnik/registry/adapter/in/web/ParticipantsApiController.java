package ru.nastavnik.registry.adapter.in.web;

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
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.AuditDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.ConsentRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.LeaveRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.MenteeProfileRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.MentorProfileRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.PageDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.ParticipantDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.ParticipantListDto;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.ParticipantRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.TrainingRequest;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.WithdrawalRequest;
import ru.nastavnik.registry.application.ParticipantService;
import ru.nastavnik.registry.application.RegistryAccess;
import ru.nastavnik.registry.domain.ParticipantCategory;
import ru.nastavnik.registry.domain.ParticipantQuery;

/** Participants: list with filters, card, create, edit, profiles, consent, leaving, audit. */
@RestController
@RequestMapping("/api/{tenant}/registry")
@Tag(name = "Реестр: участники", description = "Персонифицированный учёт наставников и наставляемых, согласия на обработку персональных данных")
class ParticipantsApiController {

    private final ParticipantService participants;
    private final RegistryAccess access;

    ParticipantsApiController(ParticipantService participants, RegistryAccess access) {
        this.participants = participants;
        this.access = access;
    }

    @GetMapping("/participants")
    @Operation(summary = "Участники с отбором и постраничным выводом",
            description = "Отбор: категория, роль, организация, начало ФИО (search), молодые педагоги, активные участники. "
                    + "Куратору ОО — только своя организация.")
    PageDto<ParticipantListDto> list(@PathVariable String tenant,
                                     @RequestParam(required = false) ParticipantCategory category,
                                     @RequestParam(required = false) ParticipantRole role,
                                     @RequestParam(required = false) UUID organizationId,
                                     @RequestParam(required = false) String search,
                                     @RequestParam(required = false) Boolean youngTeacher,
                                     @RequestParam(required = false) Boolean active,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        return PageDto.of(participants.list(new ParticipantQuery(category, role, organizationId, search, youngTeacher,
                active, access.today(), page, size)), ParticipantListDto::of);
    }

    @PostMapping("/participants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить участника (проверяется как строка файла импорта)")
    ParticipantDto create(@PathVariable String tenant, @RequestBody ParticipantRequest request) {
        return ParticipantDto.of(participants.create(request.form()), access.today());
    }

    @GetMapping("/participants/{id}")
    @Operation(summary = "Карточка участника (просмотр записывается в журнал аудита)")
    ParticipantDto card(@PathVariable String tenant, @PathVariable UUID id) {
        return ParticipantDto.of(participants.card(id), access.today());
    }

    @PutMapping("/participants/{id}")
    @Operation(summary = "Изменить сведения участника")
    ParticipantDto update(@PathVariable String tenant, @PathVariable UUID id, @RequestBody ParticipantRequest request) {
        return ParticipantDto.of(participants.update(id, request.form()), access.today());
    }

    @PutMapping("/participants/{id}/mentor-profile")
    @Operation(summary = "Профиль наставника: компетенции, число наставляемых, положительный опыт")
    ParticipantDto mentorProfile(@PathVariable String tenant, @PathVariable UUID id, @RequestBody MentorProfileRequest r) {
        return ParticipantDto.of(participants.changeMentorProfile(id, r.competencies(), r.note(), r.capacity(),
                r.positiveExperience()), access.today());
    }

    @PutMapping("/participants/{id}/mentee-profile")
    @Operation(summary = "Профиль наставляемого: запросы и затруднения")
    ParticipantDto menteeProfile(@PathVariable String tenant, @PathVariable UUID id, @RequestBody MenteeProfileRequest r) {
        return ParticipantDto.of(participants.changeMenteeProfile(id, r.requests(), r.note()), access.today());
    }

    @PostMapping("/participants/{id}/trainings")
    @Operation(summary = "Записать пройденное обучение наставника")
    ParticipantDto training(@PathVariable String tenant, @PathVariable UUID id, @RequestBody TrainingRequest r) {
        return ParticipantDto.of(participants.addTraining(id, r.title(), r.completedOn()), access.today());
    }

    @PostMapping("/participants/{id}/consents")
    @Operation(summary = "Записать согласие (обработка или публикация)")
    ParticipantDto giveConsent(@PathVariable String tenant, @PathVariable UUID id, @RequestBody ConsentRequest r) {
        return ParticipantDto.of(participants.giveConsent(id, r.purpose(), r.givenOn(), r.byLegalRepresentative(),
                r.representativeName()), access.today());
    }

    @PostMapping("/participants/{id}/consents/{purpose}/withdrawal")
    @Operation(summary = "Отзыв согласия; отзыв согласия на обработку необратимо обезличивает участника")
    ParticipantDto withdrawConsent(@PathVariable String tenant, @PathVariable UUID id,
                                   @PathVariable ConsentPurpose purpose,
                                   @RequestBody(required = false) WithdrawalRequest r) {
        return ParticipantDto.of(participants.withdrawConsent(id, purpose, r == null ? null : r.withdrawnOn()),
                access.today());
    }

    @PostMapping("/participants/{id}/leave")
    @Operation(summary = "Выбытие участника из программы (прошлые показатели сохраняются)")
    ParticipantDto leave(@PathVariable String tenant, @PathVariable UUID id, @RequestBody(required = false) LeaveRequest r) {
        return ParticipantDto.of(participants.leave(id, r == null ? null : r.leftOn(), r == null ? null : r.reason()),
                access.today());
    }

    @GetMapping("/audit")
    @Operation(summary = "Журнал аудита: просмотры карточек и изменения (координатор)")
    PageDto<AuditDto> audit(@PathVariable String tenant, @RequestParam(required = false) UUID participantId,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageDto.of(participants.auditLog(participantId, page, size), AuditDto::of);
    }
}
