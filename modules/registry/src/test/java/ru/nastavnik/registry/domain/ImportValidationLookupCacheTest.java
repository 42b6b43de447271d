package ru.nastavnik.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * {@link ImportValidation} asks the organisation directory once per distinct «Организация» spelling; the answers
 * and the errors stay those of asking on every row, also past the cache's bound.
 */
class ImportValidationLookupCacheTest {

    /** The fixtures' directory, counting how often each cell is asked. */
    static final class CountingDirectory implements OrganisationDirectory {
        final Map<String, Integer> asked = new HashMap<>();

        @Override
        public Optional<OrganisationRef> findByShortName(String cell) {
            asked.merge(cell, 1, Integer::sum);
            return ImportFixtures.ORGANISATIONS.findByShortName(cell);
        }
    }

    @Test
    void eachSpellingIsLookedUpOnceAndEveryRowGetsItsAnswer() {
        CountingDirectory directory = new CountingDirectory();
        ImportValidation validation = new ImportValidation(directory, ImportFixtures.REFERENCE_DATE);
        validation.accept(ImportFixtures.headerRow());
        String[] spellings = {"МБОУ СОШ №1", "мбоу сош № 1", "СОШ №404", "МБОУ СОШ №1", "СОШ №404", "мбоу сош № 1"};
        for (int i = 0; i < spellings.length; i++) {
            validation.accept(GeneratedParticipants.row(i * 4).with(ImportColumn.ORGANISATION, spellings[i]).at(i + 2));
        }
        List<RowError> errors = ImportFixtures.errors(validation.finish());

        assertThat(errors).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "Организация", "организация «СОШ №404» не зарегистрирована в муниципалитете"),
                org.assertj.core.groups.Tuple.tuple(6, "Организация", "организация «СОШ №404» не зарегистрирована в муниципалитете"));
        assertThat(directory.asked).containsOnlyKeys("МБОУ СОШ №1", "мбоу сош № 1", "СОШ №404").allSatisfy((cell, n) ->
                assertThat(n).isOne());
    }

    @Test
    void pastTheBoundTheDirectoryIsAskedAgainWithTheSameResults() {
        CountingDirectory directory = new CountingDirectory();
        ImportValidation validation = new ImportValidation(directory, ImportFixtures.REFERENCE_DATE, 10_000);
        validation.accept(ImportFixtures.headerRow());
        int distinct = ImportValidation.MAX_CACHED_ORGANISATION_CELLS + 200;
        List<Integer> expectedRows = new ArrayList<>();
        int row = 2;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < distinct; i++) {
                String cell = i % 10 == 0 ? "МБОУ СОШ №1" : "Школа " + i;
                validation.accept(GeneratedParticipants.row(row * 4).with(ImportColumn.ORGANISATION, cell).at(row));
                if (i % 10 != 0) {
                    expectedRows.add(row);
                }
                row++;
            }
        }
        List<RowError> errors = ImportFixtures.errors(validation.finish());

        assertThat(errors).extracting(RowError::row).containsExactlyElementsOf(expectedRows);
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).isEqualTo(
                "организация «" + e.value() + "» не зарегистрирована в муниципалитете"));
        assertThat(directory.asked.get("МБОУ СОШ №1")).isOne();
        assertThat(directory.asked.get("Школа 1")).isOne();
        assertThat(directory.asked.get("Школа " + (distinct - 1))).isEqualTo(2);
    }
}
