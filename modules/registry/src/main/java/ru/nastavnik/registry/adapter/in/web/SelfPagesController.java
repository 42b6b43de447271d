package ru.nastavnik.registry.adapter.in.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.application.ParticipantService;

/** The participant's own page «Мои данные» (participant accounts only; phone-first). */
@Controller
@RequestMapping("/t/{tenant}/me")
class SelfPagesController {

    private final ParticipantService participants;

    SelfPagesController(ParticipantService participants) {
        this.participants = participants;
    }

    @GetMapping
    String me(@PathVariable String tenant, Model model) {
        var own = participants.own();
        model.addAttribute("own", own);
        model.addAttribute("p", own.participant());
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("base", "/t/" + tenant + "/me");
        return "registry/me";
    }

    @PostMapping("/consents/{purpose}/withdraw")
    String withdraw(@PathVariable String tenant, @PathVariable String purpose, RedirectAttributes redirect,
                    jakarta.servlet.http.HttpServletRequest request) {
        ConsentPurpose what;
        try {
            what = ConsentPurpose.valueOf(purpose);
        } catch (IllegalArgumentException e) {
            throw BusinessRuleProblem.invalid("purpose", "Нет такой цели согласия: " + purpose);
        }
        try {
            var own = participants.withdrawOwnConsent(what);
            if (what == ConsentPurpose.PROCESSING) {
                // the participant is anonymised and the account disabled: the session ends with this page
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
                return "registry/closed";
            }
            redirect.addFlashAttribute("notice", "Согласие «" + what.title() + "» отозвано "
                    + new ru.nastavnik.platform.web.RussianFormats().date(own.participant().consent(what)
                            .map(c -> c.withdrawnOn()).orElse(null)));
        } catch (BusinessRuleProblem e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("problems", e.errors().stream().map(BusinessRuleProblem.FieldError::message).toList());
        }
        return "redirect:/t/" + tenant + "/me";
    }
}
