package ru.nastavnik.roadmap.application;

import java.util.List;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.roadmap.domain.template.TemplateValidationException;
import ru.nastavnik.roadmap.domain.tracking.AdoptionRejected;

/** Domain refusals turned into the platform's problems (422/409/403 with Russian messages). */
final class Problems {

    private Problems() {
    }

    static BusinessRuleProblem template(TemplateValidationException e) {
        return new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID,
                e.problems().size() == 1 ? "Шаблон не принят: " + e.problems().get(0)
                        : "Шаблон не принят, ошибок: " + e.problems().size(),
                e.problems().stream().map(p -> new BusinessRuleProblem.FieldError(place(p), p)).toList());
    }

    static BusinessRuleProblem adoption(AdoptionRejected e) {
        return new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Дорожная карта не утверждена: проверьте поля",
                e.problems().stream().map(p -> new BusinessRuleProblem.FieldError(p.field(), p.message())).toList());
    }

    static BusinessRuleProblem rule(String field, RuntimeException e) {
        return new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, e.getMessage(),
                List.of(new BusinessRuleProblem.FieldError(field, e.getMessage())));
    }

    static CurrentUser coordinator(CurrentUsers users, String action) {
        CurrentUser user = users.require();
        if (!user.isCoordinator()) {
            throw new AccessDeniedProblem(action + " может только муниципальный координатор");
        }
        return user;
    }

    /** «пункт 1.2» / «раздел 2, позиция 3» at the start of a template problem, else «шаблон». */
    private static String place(String problem) {
        int colon = problem.indexOf(':');
        String head = colon > 0 ? problem.substring(0, colon) : "";
        return head.matches("(?iu)(раздел|пункт|позиция|номер).*") && head.length() < 80 ? head : "шаблон";
    }
}
