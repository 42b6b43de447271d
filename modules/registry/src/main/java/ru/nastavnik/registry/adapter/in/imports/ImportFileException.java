package ru.nastavnik.registry.adapter.in.imports;

/**
 * The uploaded file as a whole cannot be read (wrong format, broken encoding, unclosed quote, damaged XLSX).
 * The message is the Russian reason shown to the user.
 */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportFileException(String message) {
        super(message);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
