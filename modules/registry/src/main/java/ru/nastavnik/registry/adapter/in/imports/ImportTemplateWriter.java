package ru.nastavnik.registry.adapter.in.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ru.nastavnik.registry.domain.ConsentGiver;
import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.ParticipantCategory;
import ru.nastavnik.registry.domain.ParticipantRole;

/**
 * Writes the blank import templates schools download: XLSX (sheet {@value XlsxTableReader#DATA_SHEET} with the
 * header and one sample row, drop-downs for «Категория», «Роль» and «Согласие дал», column widths, and a sheet
 * {@value #INSTRUCTION_SHEET} describing each column) and CSV (UTF-8 with BOM, «;», header + sample row, CRLF).
 *
 * <p>The sample row is deliberately recognisable: importing a file that still contains it is rejected with
 * «это строка-образец из шаблона».
 */
public final class ImportTemplateWriter {

    public static final String INSTRUCTION_SHEET = "Инструкция";
    /** Rows (after the header) covered by the drop-down lists and column formats. */
    public static final int VALIDATED_ROWS = 100_000;

    /**
     * @param exampleOrganisation short name of one of the tenant's organisations for the sample row; {@code null}
     *                            uses {@link ImportColumn#ORGANISATION}'s generic example
     */
    public void writeXlsx(OutputStream out, String exampleOrganisation) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Sheet data = wb.createSheet(XlsxTableReader.DATA_SHEET);
            Row header = data.createRow(0);
            Row sample = data.createRow(1);
            header.setHeightInPoints(48);
            for (ImportColumn c : ImportColumn.values()) {
                int i = c.ordinal();
                data.setColumnWidth(i, Math.min(255, c.width() + 2) * 256);
                Cell h = header.createCell(i);
                h.setCellValue(c.header());
                h.setCellStyle(styles.header(c));
                if (ParticipantCells.isDateColumn(c)) {
                    data.setDefaultColumnStyle(i, styles.date);
                } else if (c == ImportColumn.SCHOOL_CLASS || c == ImportColumn.PHONE || c == ImportColumn.MENTOR_CAPACITY) {
                    data.setDefaultColumnStyle(i, styles.text);
                }
                String value = sampleValue(c, exampleOrganisation);
                if (value.isEmpty()) {
                    continue;
                }
                Cell s = sample.createCell(i);
                if (ParticipantCells.isDateColumn(c)) {
                    s.setCellValue(java.time.LocalDate.parse(value, ParticipantCells.DATE));
                    s.setCellStyle(styles.sampleDate);
                } else {
                    s.setCellValue(value);
                    s.setCellStyle(styles.sample);
                }
            }
            data.createFreezePane(0, 1);
            dropDown(data, ImportColumn.CATEGORY, ParticipantCategory.labels());
            dropDown(data, ImportColumn.ROLE, ParticipantRole.labels());
            dropDown(data, ImportColumn.CONSENT_GIVER, ConsentGiver.labels());
            writeInstruction(wb.createSheet(INSTRUCTION_SHEET), styles);
            wb.write(out);
        }
    }

    public void writeCsv(OutputStream out, String exampleOrganisation) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(w, ';');
        csv.record(ImportColumn.headers());
        List<String> sample = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            sample.add(sampleValue(c, exampleOrganisation));
        }
        csv.record(sample);
        w.flush();
    }

    static String sampleValue(ImportColumn c, String exampleOrganisation) {
        if (c == ImportColumn.ORGANISATION && exampleOrganisation != null && !exampleOrganisation.isBlank()) {
            return exampleOrganisation;
        }
        return c.example();
    }

    private static void dropDown(Sheet sheet, ImportColumn column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        CellRangeAddressList range = new CellRangeAddressList(1, VALIDATED_ROWS, column.ordinal(), column.ordinal());
        DataValidation validation = helper.createValidation(constraint, range);
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        // a warning, not a stop: a synonym pasted from the school's own list is still accepted by the import
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox(column.header(), "Выберите значение из списка: " + String.join(", ", values));
        validation.setShowPromptBox(true);
        validation.createPromptBox(column.header(), String.join(", ", values));
        sheet.addValidationData(validation);
    }

    private static void writeInstruction(Sheet sheet, Styles styles) {
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue("Как заполнить список участников наставничества");
        title.getCell(0).setCellStyle(styles.title);
        String[] notes = {
            "Заполняйте лист «" + XlsxTableReader.DATA_SHEET + "»: одна строка — один участник. Строку-образец (строка 2) "
                    + "удалите или замените своими данными.",
            "Файл загружается целиком или не загружается совсем: если хотя бы в одной строке ошибка, система покажет "
                    + "все ошибки с номерами строк и столбцов и ничего не сохранит.",
            "Повторная загрузка того же файла не создаёт дубликатов: участник определяется по организации, фамилии, "
                    + "имени, отчеству и дате рождения (регистр, «ё»/«е» и лишние пробелы не важны).",
            "Даты — в формате ДД.ММ.ГГГГ (или как даты Excel). Можно сохранить лист как CSV (UTF-8 или Windows-1251, "
                    + "разделитель «;» или «,»).",
            "Участник, который одновременно наставник и наставляемый, записывается одной строкой с ролью "
                    + "«наставник и наставляемый».",
        };
        for (String note : notes) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(note);
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] titles = {"Столбец", "Кто заполняет (обязательно)", "Что указывать", "Пример"};
        for (int i = 0; i < titles.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(titles[i]);
            c.setCellStyle(styles.plainHeader);
        }
        for (ImportColumn c : ImportColumn.values()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, c.header(), styles.wrap);
            cell(row, 1, c.requiredFor(), styles.wrap);
            cell(row, 2, c.description(), styles.wrap);
            cell(row, 3, c.example(), styles.wrap);
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.setColumnWidth(3, 28 * 256);
    }

    private static void cell(Row row, int i, String value, CellStyle style) {
        Cell c = row.createCell(i);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** Cell styles shared by the template and the export. */
    static final class Styles {
        final CellStyle always;
        final CellStyle conditional;
        final CellStyle optional;
        final CellStyle plainHeader;
        final CellStyle date;
        final CellStyle text;
        final CellStyle sample;
        final CellStyle sampleDate;
        final CellStyle wrap;
        final CellStyle title;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            always = headerStyle(wb, bold, IndexedColors.LIGHT_ORANGE);
            conditional = headerStyle(wb, bold, IndexedColors.LIGHT_YELLOW);
            optional = headerStyle(wb, bold, IndexedColors.GREY_25_PERCENT);
            plainHeader = headerStyle(wb, bold, IndexedColors.GREY_25_PERCENT);
            short dateFormat = wb.createDataFormat().getFormat("dd.mm.yyyy");
            short textFormat = wb.createDataFormat().getFormat("@");
            date = wb.createCellStyle();
            date.setDataFormat(dateFormat);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            Font grey = wb.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            sample = wb.createCellStyle();
            sample.setFont(grey);
            sample.setDataFormat(textFormat);
            sampleDate = wb.createCellStyle();
            sampleDate.setFont(grey);
            sampleDate.setDataFormat(dateFormat);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
        }

        CellStyle header(ImportColumn c) {
            if (c.requiredInHeader()) {
                return always;
            }
            return switch (c.requiredFor()) {
                case "нет", "при наличии" -> optional;
                default -> conditional;
            };
        }

        private static CellStyle headerStyle(Workbook wb, Font font, IndexedColors fill) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        }
    }
}
