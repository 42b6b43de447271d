package ru.nastavnik.registry.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.nastavnik.registry.domain.RawRow;

class XlsxTableReaderTest {

    static List<RawRow> read(byte[] bytes) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        new XlsxTableReader().read(new ByteArrayInputStream(bytes), rows::add);
        return rows;
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    @Test
    void datesNumbersAndTextAreRenderedForImport() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle russianDate = wb.createCellStyle();
        russianDate.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
        CellStyle builtinDate = wb.createCellStyle();
        builtinDate.setDataFormat((short) 14);
        CellStyle longDate = wb.createCellStyle();
        longDate.setDataFormat(wb.createDataFormat().getFormat("d mmmm yyyy \"г.\""));
        Sheet sheet = wb.createSheet("Лист1");
        Row header = sheet.createRow(0);
        String[] titles = {"Дата рождения", "Класс", "Телефон", "Сколько", "Текст", "Дробь"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }
        Row r = sheet.createRow(1);
        r.createCell(0).setCellValue(LocalDate.of(2012, 5, 12));
        r.getCell(0).setCellStyle(russianDate);
        r.createCell(1).setCellValue(7.0);
        r.createCell(2).setCellValue(89123456789d);
        r.createCell(3).setCellValue(3);
        r.createCell(4).setCellValue("31.02.2010");
        r.createCell(5).setCellValue(2.5);
        Row r2 = sheet.createRow(2);
        r2.createCell(0).setCellValue(LocalDate.of(1998, 2, 3));
        r2.getCell(0).setCellStyle(builtinDate);
        r2.createCell(4).setCellFormula("\"7\"&\"Б\"");
        Row r3 = sheet.createRow(3);
        r3.createCell(0).setCellValue(LocalDate.of(1980, 12, 31));
        r3.getCell(0).setCellStyle(longDate);
        r3.createCell(1).setCellFormula("5+6");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

        List<RawRow> rows = read(bytes(wb));

        assertThat(rows).extracting(RawRow::rowNumber, RawRow::cells).containsExactly(
                tuple(1, List.of(titles)),
                tuple(2, List.of("12.05.2012", "7", "89123456789", "3", "31.02.2010", "2.5")),
                tuple(3, List.of("03.02.1998", "", "", "", "7Б")),
                tuple(4, List.of("31.12.1980", "11")));
    }

    @Test
    void gapsAreFilledAndBlankRowsSkippedWithExcelNumbering() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Лист1");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("A");
        header.createCell(1).setCellValue("B");
        header.createCell(2).setCellValue("C");
        sheet.createRow(1).createCell(2).setCellValue("только C");
        sheet.createRow(3).createCell(27).setCellValue("AB");
        sheet.createRow(5).createCell(0).setCellValue("   ");
        Row styledEmpty = sheet.createRow(6);
        styledEmpty.createCell(0).setCellValue("");
        styledEmpty.createCell(1).setCellStyle(wb.createCellStyle());
        sheet.createRow(99);

        List<RawRow> rows = read(bytes(wb));

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cells()).containsExactly("", "", "только C");
        assertThat(rows.get(2).cells()).hasSize(28).endsWith("AB");
    }

    @Test
    void theSheetNamedУчастникиIsPreferredOverTheFirst() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Справка").createRow(0).createCell(0).setCellValue("не то");
        wb.createSheet("Участники").createRow(0).createCell(0).setCellValue("то");
        wb.createSheet("Ещё").createRow(0).createCell(0).setCellValue("тоже не то");

        assertThat(read(bytes(wb))).extracting(r -> r.cell(0)).containsExactly("то");
    }

    @Test
    void withoutУчастникиTheFirstSheetIsRead() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Первый").createRow(0).createCell(0).setCellValue("первый");
        wb.createSheet("Второй").createRow(0).createCell(0).setCellValue("второй");

        assertThat(read(bytes(wb))).extracting(r -> r.cell(0)).containsExactly("первый");
    }

    @Test
    void aDamagedFileIsAFileProblem() {
        byte[] notReallyXlsx = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThatThrownBy(() -> read(notReallyXlsx))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("не удаётся прочитать как книгу Excel");
    }

    @Test
    void dateFormatsWithQuotedLiteralsAreDates() {
        assertThat(XlsxTableReader.TextFormatter.isDateFormat(200, "d mmmm yyyy \"г.\"")).isTrue();
        assertThat(XlsxTableReader.TextFormatter.isDateFormat(200, "dd.mm.yyyy\\ \"г\"")).isTrue();
        assertThat(XlsxTableReader.TextFormatter.isDateFormat(200, "0\" чел.\"")).isFalse();
        assertThat(XlsxTableReader.TextFormatter.isDateFormat(200, "\"г.\"")).isFalse();
        assertThat(XlsxTableReader.TextFormatter.isDateFormat(0, "General")).isFalse();
    }

    @Test
    void plainNumberRendering() {
        assertThat(XlsxTableReader.TextFormatter.plain(7.0)).isEqualTo("7");
        assertThat(XlsxTableReader.TextFormatter.plain(-3.0)).isEqualTo("-3");
        assertThat(XlsxTableReader.TextFormatter.plain(0.1)).isEqualTo("0.1");
        assertThat(XlsxTableReader.TextFormatter.plain(1e20)).isEqualTo("100000000000000000000");
    }
}
