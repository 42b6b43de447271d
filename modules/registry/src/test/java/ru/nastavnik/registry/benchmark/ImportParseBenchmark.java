package ru.nastavnik.registry.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ru.nastavnik.registry.adapter.in.imports.CsvTableReader;
import ru.nastavnik.registry.adapter.in.imports.ParticipantFileImporter;
import ru.nastavnik.registry.adapter.in.imports.XlsxRegistryExporter;
import ru.nastavnik.registry.domain.GeneratedParticipants;
import ru.nastavnik.registry.domain.ImportFixtures;
import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ParticipantRow;

/**
 * Throughput of bulk import on 100,000 generated rows: CSV parse only, CSV parse + validate, XLSX parse +
 * validate. Two warm-up rounds, then five measured rounds; prints rows/s per round and the median.
 * Not a unit test (surefire excludes {@code *Benchmark*}); run it as documented in {@code IMPORT.md}.
 * To be extended with a PostgreSQL COPY of the accepted rows for comparison.
 */
public final class ImportParseBenchmark {

    static final int ROWS = 100_000;
    static final int WARM_UP = 2;
    static final int MEASURED = 5;

    private ImportParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        byte[] csv = GeneratedParticipants.csv(ROWS, StandardCharsets.UTF_8).toByteArray();
        List<ParticipantRow> accepted = accepted(importFile(csv));
        ByteArrayOutputStream xlsxOut = new ByteArrayOutputStream();
        new XlsxRegistryExporter().write(accepted, xlsxOut);
        byte[] xlsx = xlsxOut.toByteArray();
        System.out.printf(Locale.ROOT, "Java %s, %d CPUs, max heap %d MiB; CSV %.1f MiB, XLSX %.1f MiB, %d rows%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, csv.length / 1048576.0, xlsx.length / 1048576.0, ROWS);

        run("CSV parse only", () -> {
            int[] n = {0};
            new CsvTableReader().read(new ByteArrayInputStream(csv), row -> n[0]++);
            check(n[0] == ROWS + 1, "rows read: " + n[0]);
        });
        run("CSV parse + validate", () -> check(accepted(importFile(csv)).size() == ROWS, "csv"));
        run("XLSX parse + validate", () -> check(accepted(importFile(xlsx)).size() == ROWS, "xlsx"));
    }

    interface Round {
        void run() throws IOException;
    }

    static void run(String name, Round round) throws IOException {
        for (int i = 0; i < WARM_UP; i++) {
            round.run();
        }
        double[] rate = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            round.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            rate[i] = ROWS / seconds;
        }
        double[] sorted = rate.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-22s median %,9.0f rows/s   rounds: %s%n", name, sorted[MEASURED / 2],
                Arrays.stream(rate).mapToObj(r -> String.format(Locale.ROOT, "%,.0f", r)).toList());
    }

    static ImportResult importFile(byte[] bytes) throws IOException {
        return new ParticipantFileImporter().importFile(new ByteArrayInputStream(bytes), ImportFixtures.ORGANISATIONS,
                ImportFixtures.REFERENCE_DATE);
    }

    static List<ParticipantRow> accepted(ImportResult result) {
        if (result instanceof ImportResult.Accepted a) {
            return a.rows();
        }
        throw new IllegalStateException(((ImportResult.Rejected) result).report().errors().toString());
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark sanity check failed: " + what);
        }
    }
}
