package ru.nastavnik.registry.adapter.in.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.registry.application.InvitationService;

/** The invited person, without sign-in: the token of the link is the credential. */
@RestController
@RequestMapping("/api/join/{tenant}/{token}")
@Tag(name = "Личный кабинет: приглашение", description = "Создание учётной записи участника по одноразовой ссылке-приглашению")
class InvitationAcceptanceApiController {

    private final InvitationService invitations;

    InvitationAcceptanceApiController(InvitationService invitations) {
        this.invitations = invitations;
    }

    record PendingDto(String inviteeName, boolean representative, String participantName, Instant expiresAt) {
    }

    record AcceptRequest(String username, String password, String passwordRepeat) {
    }

    record AcceptedDto(String username) {
    }

    @GetMapping
    @Operation(summary = "Кого приглашают и до какого срока", description = "404 — ссылка не найдена; 409 — "
            + "приглашение использовано, отозвано или просрочено (причина в detail)")
    PendingDto pending(@PathVariable String tenant, @PathVariable String token) {
        var p = invitations.pending(token);
        return new PendingDto(p.inviteeName(), p.representative(), p.participantName(), p.expiresAt());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Задать имя пользователя и пароль", description = "Пароль — не короче 10 символов, с буквами и "
            + "цифрами, не из частых сочетаний; 422 с ошибками по полям username, password, passwordRepeat. Ссылка одноразовая.")
    AcceptedDto accept(@PathVariable String tenant, @PathVariable String token, @RequestBody AcceptRequest request) {
        var account = invitations.accept(token, request.username(), request.password(), request.passwordRepeat());
        return new AcceptedDto(account.username());
    }
}
