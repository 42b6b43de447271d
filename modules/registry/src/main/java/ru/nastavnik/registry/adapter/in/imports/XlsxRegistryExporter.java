package ru.nastavnik.registry.adapter.in.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.ParticipantRow;

/**
 * Exports participants as an XLSX in the import template's layout (same sheet name and headers), so an export
 * can be edited and uploaded again. Uses POI's streaming {@link SXSSFWorkbook}: only {@value #WINDOW} rows are
 * in memory at a time, the rest is flushed to a temporary file that is deleted when done.
 */
public final class XlsxRegistryExporter {

    static final int WINDOW = 200;

    /** Writes the rows in iteration order; the iterable may be a lazily fetched cursor. */
    public void write(Iterable<ParticipantRow> participants, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            ImportTemplateWriter.Styles styles = new ImportTemplateWriter.Styles(wb);
            Sheet sheet = wb.createSheet(XlsxTableReader.DATA_SHEET);
            Row header = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                sheet.setColumnWidth(c.ordinal(), Math.min(255, c.width() + 2) * 256);
                Cell cell = header.createCell(c.ordinal());
                cell.setCellValue(c.header());
                cell.setCellStyle(styles.header(c));
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ParticipantRow p : participants) {
                Row row = sheet.createRow(r++);
                for (ImportColumn c : ImportColumn.values()) {
                    if (ParticipantCells.isDateColumn(c)) {
                        LocalDate d = ParticipantCells.date(p, c);
                        if (d != null) {
                            Cell cell = row.createCell(c.ordinal());
                            cell.setCellValue(d);
                            cell.setCellStyle(styles.date);
                        }
                    } else if (c == ImportColumn.MENTOR_CAPACITY) {
                        if (p.mentorCapacity() != null) {
                            row.createCell(c.ordinal()).setCellValue(p.mentorCapacity());
                        }
                    } else {
                        String text = ParticipantCells.text(p, c);
                        if (!text.isEmpty()) {
                            row.createCell(c.ordinal()).setCellValue(text);
                        }
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}
