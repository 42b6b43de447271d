package ru.nastavnik.pairing.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a pair was proposed: each part of the fit with its value and weight, the requests the mentor covers,
 * and one Russian sentence for the curator, e.g.
 * «Закрывает 2 из 3 запросов: математика, физика; совместимость по анкете 0,82; одна организация».
 *
 * @param fit               the integer fit, 0..{@value FitScore#MAX}
 * @param parts             the three parts in the order of {@link Criterion}
 * @param coveredRequests   requests covered
 * @param uncoveredRequests requests not covered
 * @param summary           Russian sentence
 */
public record PairExplanation(
        int fit,
        List<Part> parts,
        List<String> coveredRequests,
        List<String> uncoveredRequests,
        String summary) {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    /**
     * One part of the fit.
     *
     * @param criterion which part
     * @param value     its value in [0, 1]
     * @param weight    its weight as configured in {@link Weights}
     */
    public record Part(Criterion criterion, double value, double weight) {
    }

    public PairExplanation {
        parts = List.copyOf(parts);
        coveredRequests = List.copyOf(coveredRequests);
        uncoveredRequests = List.copyOf(uncoveredRequests);
    }

    /** Builds the explanation of a fit. */
    public static PairExplanation of(FitScore score) {
        Weights w = score.weights();
        List<Part> parts = List.of(
                new Part(Criterion.REQUESTS, score.requestCoverage(), w.requests()),
                new Part(Criterion.COMPATIBILITY, score.compatibility(), w.compatibility()),
                new Part(Criterion.SAME_ORGANISATION, score.sameOrganisation() ? 1.0 : 0.0, w.sameOrganisation()));
        return new PairExplanation(score.value(), parts, score.coveredRequests(), score.uncoveredRequests(),
                summary(score));
    }

    private static String summary(FitScore score) {
        List<String> clauses = new ArrayList<>(3);
        int total = score.requestCount();
        int covered = score.coveredRequests().size();
        if (total == 0) {
            clauses.add("Запросы наставляемым не указаны");
        } else if (covered == 0) {
            clauses.add("Не закрывает ни одного из " + total + " " + requestsWord(total));
        } else {
            clauses.add("Закрывает " + covered + " из " + total + " " + requestsWord(total) + ": "
                    + String.join(", ", score.coveredRequests()));
        }
        clauses.add(String.format(RU, "совместимость по анкете %.2f", score.compatibility()));
        clauses.add(score.sameOrganisation() ? "одна организация" : "разные организации");
        return String.join("; ", clauses);
    }

    /** Genitive after «из N»: «из 1 запроса», «из 2 запросов». */
    private static String requestsWord(int n) {
        return n % 10 == 1 && n % 100 != 11 ? "запроса" : "запросов";
    }
}
