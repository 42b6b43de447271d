package ru.nastavnik.registry.domain;

import java.io.IOException;
import java.io.InputStream;

/** Reads an uploaded participant list (CSV or XLSX) row by row into a validation (port). */
public interface ParticipantFileReader {

    ImportResult read(InputStream in, ImportValidation validation) throws IOException;
}
