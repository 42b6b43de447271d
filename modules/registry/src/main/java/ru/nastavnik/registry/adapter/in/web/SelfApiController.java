package ru.nastavnik.registry.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.adapter.in.web.ApiDtos.ConsentDto;
import ru.nastavnik.registry.application.ParticipantService;
import ru.nastavnik.registry.domain.Participant;

/** The participant's own data (participant accounts only; decision 0010). */
@RestController
@RequestMapping("/api/{tenant}/me")
@Tag(name = "Личный кабинет: мои данные", description = "Для участника (или законного представителя несовершеннолетнего): свои сведения и согласия, отзыв согласия")
class SelfApiController {

    private final ParticipantService participants;

    SelfApiController(ParticipantService participants) {
        this.participants = participants;
    }

    record ProfileDto(UUID id, String surname, String name, String patronymic, String organization, String category,
                      String role, String schoolClass, LocalDate joinedOn, boolean activeInProgrammes,
                      boolean actingAsRepresentative, List<ConsentDto> consents) {
    }

    static ProfileDto profile(ParticipantService.Own own) {
        Participant p = own.participant();
        return new ProfileDto(p.id(), p.surname(), p.name(), p.patronymic(), own.organization().name(),
                p.category().label(), p.role().label(), p.classLabel(), p.joinedOn(), p.isActiveInProgrammes(),
                own.representative(), p.consents().stream().map(ConsentDto::of).toList());
    }

    @GetMapping
    @Operation(summary = "Мои сведения: ФИО, организация, категория, роль, согласия с целями и датами")
    ProfileDto me(@PathVariable String tenant) {
        return profile(participants.own());
    }

    @PostMapping("/consents/{purpose}/withdrawal")
    @Operation(summary = "Отозвать своё согласие", description = "PUBLICATION — снимает публикации о вас; "
            + "PROCESSING — необратимо обезличивает сведения, выводит из программ и закрывает личный кабинет.")
    ProfileDto withdraw(@PathVariable String tenant, @PathVariable ConsentPurpose purpose) {
        return profile(participants.withdrawOwnConsent(purpose));
    }
}
