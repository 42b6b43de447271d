package ru.nastavnik.registry.adapter.in.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ImportValidation;
import ru.nastavnik.registry.domain.OrganisationDirectory;

/**
 * Reads an uploaded participant list (XLSX or CSV, told apart by content, not by file name) and validates it.
 * Nothing is written here: on {@link ImportResult.Accepted} the caller stores all rows in one transaction.
 */
public final class ParticipantFileImporter {

    /** What the first bytes of an upload say it is. */
    enum FileKind { XLSX, OLD_EXCEL, CSV }

    private final CsvTableReader csv = new CsvTableReader();
    private final XlsxTableReader xlsx = new XlsxTableReader();

    /**
     * @param in            the uploaded bytes (not closed here)
     * @param organisations the tenant's registered organisations
     * @param referenceDate the date ages and «not in the future» are checked against (normally today)
     * @throws IOException  when the stream itself fails; problems of the file's content are in the result
     */
    public ImportResult importFile(InputStream in, OrganisationDirectory organisations, LocalDate referenceDate)
            throws IOException {
        return importFile(in, new ImportValidation(organisations, referenceDate));
    }

    /** As above with a prepared validation (e.g. another error cap). */
    public ImportResult importFile(InputStream in, ImportValidation validation) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        buffered.mark(8);
        byte[] head = buffered.readNBytes(8);
        buffered.reset();
        try {
            switch (detect(head)) {
                case XLSX -> xlsx.read(buffered, validation);
                case OLD_EXCEL -> throw new ImportFileException("файл в старом формате Excel 97–2003 (.xls) или "
                        + "защищён паролем: снимите пароль и сохраните файл как «Книга Excel (.xlsx)» или «CSV UTF-8»");
                case CSV -> csv.read(buffered, validation);
            }
        } catch (ImportFileException e) {
            validation.reportFileProblem(e.getMessage());
        }
        return validation.finish();
    }

    static FileKind detect(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return FileKind.XLSX;
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return FileKind.OLD_EXCEL;
        }
        return FileKind.CSV;
    }
}
