package ru.nastavnik.registry.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lookup of the organisations registered in the tenant, supplied by the caller of the import.
 */
@FunctionalInterface
public interface OrganisationDirectory {

    /** Finds the organisation the «Организация» cell names; empty when it is not registered. */
    Optional<OrganisationRef> findByShortName(String cell);

    /**
     * A directory over a fixed set of organisations. Names match after {@link #normaliseName(String)}, so
     * «сош № 1», «СОШ №1» and «СОШ  №1» are the same organisation.
     *
     * @throws IllegalArgumentException when two organisations have the same normalised short name
     */
    static OrganisationDirectory of(Collection<OrganisationRef> organisations) {
        Map<String, OrganisationRef> byName = new HashMap<>();
        for (OrganisationRef o : organisations) {
            OrganisationRef previous = byName.put(normaliseName(o.shortName()), o);
            if (previous != null && !previous.equals(o)) {
                throw new IllegalArgumentException("ambiguous short names: " + previous + " and " + o);
            }
        }
        return cell -> Optional.ofNullable(byName.get(normaliseName(cell)));
    }

    /**
     * {@link TextNormalization#fold(String)}, then quotes «» “” „ " ' removed and spaces after «№» removed.
     */
    static String normaliseName(String name) {
        String folded = TextNormalization.fold(name);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case '«', '»', '“', '”', '„', '"', '\'' -> { }
                case ' ' -> {
                    if (out.length() == 0 || out.charAt(out.length() - 1) != '№' && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString().trim();
    }
}
