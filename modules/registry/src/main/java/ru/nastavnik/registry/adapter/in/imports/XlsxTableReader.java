package ru.nastavnik.registry.adapter.in.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import ru.nastavnik.registry.domain.RawRow;

/**
 * Streams the data sheet of an XLSX workbook into {@link RawRow}s with POI's SAX event API
 * ({@link XSSFReader} + {@link XSSFSheetXMLHandler} + {@link ReadOnlySharedStringsTable}), so a 100,000-row sheet
 * is never held as a workbook in memory. The package is opened from a file (an {@link InputStream} is first
 * spooled to a temporary file, which is deleted afterwards), because POI would otherwise inflate every part
 * into memory.
 *
 * <p>The data sheet is the one named {@value #DATA_SHEET} if present, else the first sheet. Cells are
 * rendered as text: cells with an Excel date format become {@code dd.MM.yyyy}; other numbers are written
 * without a useless fraction ({@code 7.0} → {@code 7}, {@code 89123456789} stays whole); text cells are taken
 * as typed; formulas give their cached result. Row numbers are Excel's. Blank rows are not passed on.
 */
public final class XlsxTableReader {

    public static final String DATA_SHEET = "Участники";

    public void read(InputStream in, Consumer<RawRow> sink) throws IOException {
        Path tmp = Files.createTempFile("nastavnik-import-", ".xlsx");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            read(tmp, sink);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public void read(Path file, Consumer<RawRow> sink) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException | org.apache.poi.openxml4j.exceptions.InvalidFormatException
                 | OpenXML4JRuntimeException | POIXMLException e) {
            throw damaged(e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            InputStream chosen = null;
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                if (DATA_SHEET.equalsIgnoreCase(sheets.getSheetName().trim())) {
                    if (chosen != null) {
                        chosen.close();
                    }
                    chosen = sheet;
                    break;
                }
                if (chosen == null) {
                    chosen = sheet;
                } else {
                    sheet.close();
                }
            }
            if (chosen == null) {
                throw new ImportFileException("в книге Excel нет ни одного листа");
            }
            try (InputStream sheet = chosen) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(sink),
                        new TextFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | OpenXML4JRuntimeException | java.util.zip.ZipException | java.io.EOFException e) {
            throw damaged(e);
        } finally {
            pkg.revert();
        }
    }

    private static ImportFileException damaged(Exception e) {
        return new ImportFileException("файл не удаётся прочитать как книгу Excel (.xlsx): он повреждён или это "
                + "файл другого формата", e);
    }

    /** Collects the cells of a row (filling gaps) and emits non-blank rows with Excel's 1-based number. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<RawRow> sink;
        private List<String> cells = new ArrayList<>();
        private int nextColumn;

        RowCollector(Consumer<RawRow> sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            RawRow row = new RawRow(rowNum + 1, cells);
            if (!row.isBlank()) {
                sink.accept(row);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : columnIndex(cellReference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }

        /** "AB12" → 27. */
        private static int columnIndex(String reference) {
            int index = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                index = index * 26 + (c - 'A' + 1);
            }
            return index - 1;
        }
    }

    /** Renders numeric cells for import: dates as dd.MM.yyyy, numbers in plain notation. */
    static final class TextFormatter extends DataFormatter {
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (isDateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DATE.format(DateUtil.getLocalDateTime(value, use1904).toLocalDate());
            }
            return plain(value);
        }

        /**
         * POI's check, and again without quoted literals and escaped characters: POI does not recognise the
         * Russian long date format {@code d mmmm yyyy "г."} because of the Cyrillic literal.
         */
        static boolean isDateFormat(int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString)) {
                return true;
            }
            if (formatString == null || formatString.indexOf('"') < 0 && formatString.indexOf('\\') < 0) {
                return false;
            }
            String stripped = formatString.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").trim();
            return !stripped.isEmpty() && DateUtil.isADateFormat(formatIndex, stripped);
        }

        static String plain(double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
