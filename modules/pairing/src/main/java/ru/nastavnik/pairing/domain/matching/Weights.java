package ru.nastavnik.pairing.domain.matching;

/**
 * Weights of the three parts of the {@link FitScore}. Only their proportions matter: the fit is the weighted
 * mean of the parts, scaled to 0..{@value FitScore#MAX}.
 *
 * <p>Defaults ({@link #DEFAULT}): requests × competencies 0.5 — the methodology pairs by the mentee's
 * request first; questionnaire compatibility 0.35 — the psychological compatibility testing some tenants
 * do before pairing (e.g. Michurinsk); same organisation 0.15 — meetings are easier within one school,
 * but inter-school pairs are legitimate, so it only breaks near-ties.
 *
 * @param requests         weight of the share of the mentee's requests covered by the mentor's competencies
 * @param compatibility    weight of the questionnaire compatibility
 * @param sameOrganisation weight of mentor and mentee belonging to the same organisation
 */
public record Weights(double requests, double compatibility, double sameOrganisation) {

    /** Documented defaults: 0.5 / 0.35 / 0.15. */
    public static final Weights DEFAULT = new Weights(0.5, 0.35, 0.15);

    public Weights {
        if (!(requests >= 0) || !(compatibility >= 0) || !(sameOrganisation >= 0)
                || Double.isInfinite(requests) || Double.isInfinite(compatibility)
                || Double.isInfinite(sameOrganisation)) {
            throw new IllegalArgumentException("веса должны быть конечными неотрицательными числами");
        }
        if (requests + compatibility + sameOrganisation <= 0) {
            throw new IllegalArgumentException("хотя бы один вес должен быть положительным");
        }
    }

    /** Sum of the three weights (positive). */
    public double total() {
        return requests + compatibility + sameOrganisation;
    }
}
