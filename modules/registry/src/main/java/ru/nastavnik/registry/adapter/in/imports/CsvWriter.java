package ru.nastavnik.registry.adapter.in.imports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 records with CRLF line ends, quoting only where needed. */
final class CsvWriter {

    private final Writer out;
    private final char delimiter;

    CsvWriter(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    void record(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            field(cells.get(i) == null ? "" : cells.get(i));
        }
        out.write("\r\n");
    }

    private void field(String s) throws IOException {
        boolean quote = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }
}
