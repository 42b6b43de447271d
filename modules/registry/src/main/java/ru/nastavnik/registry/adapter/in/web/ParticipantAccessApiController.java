package ru.nastavnik.registry.adapter.in.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.registry.application.InvitationService;
import ru.nastavnik.registry.application.InvitationService.InviteRequest;
import ru.nastavnik.registry.domain.Invitation;

/** Staff: invitations of participants to their own account, and closing a participant's access. */
@RestController
@RequestMapping("/api/{tenant}/registry")
@Tag(name = "Реестр: приглашения участников", description = "Личный кабинет участника: приглашение по одноразовой ссылке, отзыв, отключение учётной записи")
class ParticipantAccessApiController {

    private final InvitationService invitations;

    ParticipantAccessApiController(InvitationService invitations) {
        this.invitations = invitations;
    }

    record InvitationDto(UUID id, UUID participantId, boolean representative, String inviteeName, String status,
                         String statusTitle, Instant createdAt, String createdBy, Instant expiresAt, Instant usedAt,
                         Instant revokedAt) {
        static InvitationDto of(Invitation i) {
            var status = i.statusAt(Instant.now());
            return new InvitationDto(i.id(), i.participantId(), i.representative(), i.inviteeName(), status.name(),
                    status.title(), i.createdAt(), i.createdBy(), i.expiresAt(), i.usedAt(), i.revokedAt());
        }
    }

    /** The new invitation with its link: the token is returned this once and is not stored. */
    record IssuedDto(InvitationDto invitation, String token, String link) {
    }

    record AccountDto(String username, boolean representative, Instant createdAt) {
    }

    record AccessDto(AccountDto account, List<InvitationDto> invitations, boolean mayInvite, boolean minor) {
    }

    @GetMapping("/participants/{id}/invitations")
    @Operation(summary = "Учётная запись участника и его приглашения")
    AccessDto overview(@PathVariable String tenant, @PathVariable UUID id) {
        var o = invitations.overview(id);
        return new AccessDto(o.account().map(a -> new AccountDto(a.username(), a.representative(), a.createdAt())).orElse(null),
                o.invitations().stream().map(InvitationDto::of).toList(), o.mayInvite(), o.minor());
    }

    @PostMapping("/participants/{id}/invitations")
    @Operation(summary = "Пригласить участника (или законного представителя несовершеннолетнего) в личный кабинет",
            description = "Одноразовая ссылка с токеном возвращается один раз; хранится только хеш. Совершеннолетний "
                    + "приглашается сам (representative = false), за несовершеннолетнего — законный представитель "
                    + "(representative = true, ФИО — из согласия или representativeName). Срок — days, 1–30 (по умолчанию 7). "
                    + "Прежнее действующее приглашение отзывается.")
    ResponseEntity<IssuedDto> invite(@PathVariable String tenant, @PathVariable UUID id,
                                     @RequestBody(required = false) InviteRequest request) {
        var issued = invitations.invite(id, request == null ? new InviteRequest(false, null, null) : request);
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().path(issued.path(tenant)).toUriString();
        return ResponseEntity.created(URI.create(link))
                .body(new IssuedDto(InvitationDto.of(issued.invitation()), issued.token(), link));
    }

    @PostMapping("/invitations/{invitationId}/revocation")
    @Operation(summary = "Отозвать действующее приглашение")
    InvitationDto revoke(@PathVariable String tenant, @PathVariable UUID invitationId) {
        return InvitationDto.of(invitations.revoke(invitationId));
    }

    @DeleteMapping("/participants/{id}/account")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Отключить учётную запись участника (закрыть личный кабинет)")
    void disable(@PathVariable String tenant, @PathVariable UUID id) {
        invitations.disableAccount(id);
    }
}
