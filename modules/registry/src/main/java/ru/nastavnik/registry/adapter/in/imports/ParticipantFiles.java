package ru.nastavnik.registry.adapter.in.imports;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Component;

import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ImportValidation;
import ru.nastavnik.registry.domain.ParticipantFileReader;

/** The file reader the import use case runs: {@link ParticipantFileImporter} (CSV or XLSX, detected by content). */
@Component
class ParticipantFiles implements ParticipantFileReader {

    private final ParticipantFileImporter importer = new ParticipantFileImporter();

    @Override
    public ImportResult read(InputStream in, ImportValidation validation) throws IOException {
        return importer.importFile(in, validation);
    }
}
