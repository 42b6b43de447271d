package ru.nastavnik.registry.adapter.in.web;

import java.util.LinkedHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.registry.application.InvitationService;

/**
 * The invitation link's page (no sign-in; phone-first): who is invited, the form for a username and a password; a
 * used, expired, revoked or unknown link gets its own Russian message instead of the form.
 */
@Controller
@RequestMapping("/join/{tenant}/{token}")
class InvitationPagesController {

    private final InvitationService invitations;

    InvitationPagesController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String show(@PathVariable String tenant, @PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("tenant", tenant);
        model.addAttribute("token", token);
        try {
            model.addAttribute("pending", invitations.pending(token));
        } catch (NotFoundProblem e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("refusal", e.getMessage());
        } catch (BusinessRuleProblem e) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("refusal", e.getMessage());
        }
        return "registry/join";
    }

    @PostMapping
    String accept(@PathVariable String tenant, @PathVariable String token,
                  @RequestParam(required = false) String username, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String passwordRepeat, Model model, HttpServletResponse response) {
        model.addAttribute("tenant", tenant);
        model.addAttribute("token", token);
        try {
            var account = invitations.accept(token, username, password, passwordRepeat);
            model.addAttribute("accepted", account.username());
            return "registry/join";
        } catch (NotFoundProblem e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("refusal", e.getMessage());
            return "registry/join";
        } catch (BusinessRuleProblem e) {
            boolean linkUnusable = e.errors().stream().anyMatch(f -> f.field().equals("token"));
            if (linkUnusable) {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("refusal", e.getMessage());
                return "registry/join";
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            var errors = new LinkedHashMap<String, String>();
            e.errors().forEach(f -> errors.merge(f.field(), f.message(), (a, b) -> a + "; " + b));
            model.addAttribute("errors", errors);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("username", username);
            model.addAttribute("pending", invitations.pending(token));
            return "registry/join";
        }
    }
}
