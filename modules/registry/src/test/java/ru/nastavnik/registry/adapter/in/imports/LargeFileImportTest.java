package ru.nastavnik.registry.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.registry.domain.ImportFixtures.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.nastavnik.registry.domain.GeneratedParticipants;
import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ImportValidation;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.RawRow;
import ru.nastavnik.registry.domain.RowError;

/** 100,000 rows: parsed and validated in the normal test run, and read as a stream, not as a whole file. */
class LargeFileImportTest {

    private static final int ROWS = 100_000;

    @Test
    void aHundredThousandRowCsvIsParsedAndValidatedWhileItIsStillBeingRead() throws IOException {
        GeneratedParticipants.CountingStream file = GeneratedParticipants.csv(ROWS, StandardCharsets.UTF_8);
        ImportValidation validation = new ImportValidation(ORGANISATIONS, REFERENCE_DATE);
        long[] servedWhenFirstDataRowArrived = {-1};
        int[] delivered = {0};

        new CsvTableReader().read(file, row -> {
            if (delivered[0]++ == 1) {
                servedWhenFirstDataRowArrived[0] = file.bytesServed();
            }
            validation.accept(row);
        });
        ImportResult result = validation.finish();

        List<ParticipantRow> rows = rows(result);
        assertThat(rows).hasSize(ROWS);
        assertThat(rows.get(ROWS - 1).sourceRow()).isEqualTo(ROWS + 1);
        Set<Object> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r.naturalKey()));
        assertThat(keys).hasSize(ROWS);
        assertThat(file.bytesServed()).isGreaterThan(20_000_000L);
        assertThat(servedWhenFirstDataRowArrived[0])
                .as("the reader handed out the first row after reading only its encoding probe and a buffer")
                .isLessThan(CsvTableReader.PROBE_BYTES + 64 * 1024);
    }

    @Test
    void aHundredThousandRowCp1251FileWithOneBadRowNearTheEndIsRejectedWithItsRowNumber() throws IOException {
        GeneratedParticipants.CountingStream file = GeneratedParticipants.csv(ROWS, Charset.forName("windows-1251"));
        ImportValidation validation = new ImportValidation(ORGANISATIONS, REFERENCE_DATE);
        int badRow = ROWS - 7;

        new CsvTableReader().read(file, row -> validation.accept(row.rowNumber() == badRow ? spoil(row) : row));

        assertThat(errors(validation.finish())).extracting(RowError::formatted).containsExactly(
                "Строка " + badRow + ", столбец «Организация»: организация «СОШ №9» не зарегистрирована в муниципалитете");
    }

    private static RawRow spoil(RawRow row) {
        List<String> cells = new java.util.ArrayList<>(row.cells());
        cells.set(ImportColumn.ORGANISATION.ordinal(), "СОШ №9");
        return new RawRow(row.rowNumber(), cells);
    }
}
