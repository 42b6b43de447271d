package ru.nastavnik.registry.adapter.in.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.registry.application.InvitationService;
import ru.nastavnik.registry.application.InvitationService.InviteRequest;

/** Staff pages: inviting a participant to their own account from the card, revoking, closing access. */
@Controller
@RequestMapping("/t/{tenant}/registry")
class ParticipantAccessPagesController {

    private final InvitationService invitations;

    ParticipantAccessPagesController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/participants/{id}/invitations")
    String invite(@PathVariable String tenant, @PathVariable UUID id,
                  @RequestParam(defaultValue = "false") boolean representative,
                  @RequestParam(required = false) String representativeName,
                  @RequestParam(required = false) String days, RedirectAttributes redirect) {
        try {
            Integer validity = days == null || days.isBlank() ? null : parseDays(days);
            var issued = invitations.invite(id, new InviteRequest(representative, representativeName, validity));
            redirect.addFlashAttribute("notice", "Приглашение создано. Передайте ссылку лично: она показана один раз");
            redirect.addFlashAttribute("invitationLink",
                    ServletUriComponentsBuilder.fromCurrentContextPath().path(issued.path(tenant)).toUriString());
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
        }
        return card(tenant, id);
    }

    private static Integer parseDays(String days) {
        try {
            return Integer.valueOf(days.trim());
        } catch (NumberFormatException e) {
            throw BusinessRuleProblem.invalid("days", "Срок действия приглашения — целое число дней от 1 до 30");
        }
    }

    @PostMapping("/invitations/{invitationId}/revoke")
    String revoke(@PathVariable String tenant, @PathVariable UUID invitationId, @RequestParam UUID participantId,
                  RedirectAttributes redirect) {
        try {
            invitations.revoke(invitationId);
            redirect.addFlashAttribute("notice", "Приглашение отозвано: ссылка больше не действует");
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
        }
        return card(tenant, participantId);
    }

    @PostMapping("/participants/{id}/account/disable")
    String disable(@PathVariable String tenant, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            invitations.disableAccount(id);
            redirect.addFlashAttribute("notice", "Учётная запись участника отключена");
        } catch (BusinessRuleProblem e) {
            problem(redirect, e);
        }
        return card(tenant, id);
    }

    private static void problem(RedirectAttributes redirect, BusinessRuleProblem e) {
        redirect.addFlashAttribute("problem", e.getMessage());
        redirect.addFlashAttribute("problems", e.errors().stream().map(BusinessRuleProblem.FieldError::message).toList());
    }

    private static String card(String tenant, UUID id) {
        return "redirect:/t/" + tenant + "/registry/participants/" + id + "#access";
    }
}
