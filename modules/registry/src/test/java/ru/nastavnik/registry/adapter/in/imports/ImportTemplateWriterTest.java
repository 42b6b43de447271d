package ru.nastavnik.registry.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.nastavnik.registry.domain.ImportFixtures.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.ImportFixtures;
import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ParticipantNaturalKey;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.RowError;

class ImportTemplateWriterTest {

    private final ImportTemplateWriter writer = new ImportTemplateWriter();
    private final ParticipantFileImporter importer = new ParticipantFileImporter();

    private byte[] xlsxTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeXlsx(out, SCHOOL_2.shortName());
        return out.toByteArray();
    }

    private ImportResult importBytes(byte[] bytes) throws IOException {
        return importer.importFile(new ByteArrayInputStream(bytes), ORGANISATIONS, REFERENCE_DATE);
    }

    @Test
    void xlsxTemplateHasHeaderSampleInstructionWidthsAndDropDowns() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsxTemplate()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Участники");
            assertThat(wb.getSheetName(1)).isEqualTo("Инструкция");

            XSSFSheet data = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(ImportColumn.headers());
            assertThat(header).startsWith("Фамилия", "Имя", "Отчество", "Категория", "Дата рождения", "Класс", "Организация");
            assertThat(data.getLastRowNum()).as("one sample row").isEqualTo(1);
            assertThat(data.getRow(1).getCell(ImportColumn.ORGANISATION.ordinal()).getStringCellValue())
                    .isEqualTo(SCHOOL_2.shortName());
            Cell birth = data.getRow(1).getCell(ImportColumn.BIRTH_DATE.ordinal());
            assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
            assertThat(new DataFormatter().formatCellValue(birth)).isEqualTo("14.03.1990");
            for (ImportColumn c : ImportColumn.values()) {
                assertThat(data.getColumnWidth(c.ordinal())).as(c.header()).isEqualTo((c.width() + 2) * 256);
            }
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();

            assertThat(data.getDataValidations()).extracting(
                    v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                    v -> v.getRegions().getCellRangeAddress(0).getLastRow(),
                    v -> List.of(v.getValidationConstraint().getExplicitListValues()),
                    DataValidation::getErrorStyle)
                    .containsExactlyInAnyOrder(
                            tuple(ImportColumn.CATEGORY.ordinal(), ImportTemplateWriter.VALIDATED_ROWS,
                                    List.of("обучающийся", "студент", "педагог", "представитель работодателя"),
                                    DataValidation.ErrorStyle.WARNING),
                            tuple(ImportColumn.ROLE.ordinal(), ImportTemplateWriter.VALIDATED_ROWS,
                                    List.of("наставник", "наставляемый", "наставник и наставляемый"),
                                    DataValidation.ErrorStyle.WARNING),
                            tuple(ImportColumn.CONSENT_GIVER.ordinal(), ImportTemplateWriter.VALIDATED_ROWS,
                                    List.of("сам", "законный представитель"), DataValidation.ErrorStyle.WARNING));

            Sheet instruction = wb.getSheetAt(1);
            List<String> described = new ArrayList<>();
            instruction.forEach(r -> {
                if (r.getCell(2) != null && r.getCell(0) != null) {
                    described.add(r.getCell(0).getStringCellValue());
                }
            });
            assertThat(described).containsSubsequence(ImportColumn.headers());
            assertThat(instruction.getRow(0).getCell(0).getStringCellValue()).contains("Как заполнить");
        }
    }

    @Test
    void theUntouchedTemplateIsRejectedOnlyForItsSampleRow() throws IOException {
        List<RowError> errors = errors(importBytes(xlsxTemplate()));
        assertThat(errors).extracting(RowError::formatted).containsExactly(
                "Строка 2: это строка-образец из шаблона — удалите её или замените своими данными");
    }

    @Test
    void theFilledXlsxTemplateValidates() throws IOException {
        ImportFixtures.Row[] people = {pupilMentee(), teacherMentorAndMentee(), studentMentor(), employerMentor()};
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsxTemplate()))) {
            Sheet data = wb.getSheet("Участники");
            data.removeRow(data.getRow(1));
            for (int i = 0; i < people.length; i++) {
                Row row = data.createRow(i + 1);
                for (ImportColumn c : ImportColumn.values()) {
                    String v = people[i].get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c.ordinal());
                    if (ParticipantCells.isDateColumn(c) && v.matches("\\d\\d\\.\\d\\d\\.\\d{4}")) {
                        // as a user typing into a date-formatted column: a real date cell with the column's style
                        cell.setCellValue(LocalDate.parse(v, ParticipantCells.DATE));
                        cell.setCellStyle(data.getColumnStyle(c.ordinal()));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            wb.write(filled);
        }

        List<ParticipantRow> rows = rows(importBytes(filled.toByteArray()));

        assertThat(rows).extracting(ParticipantRow::naturalKey).isEqualTo(
                rows(validate(people)).stream().map(ParticipantRow::naturalKey).toList());
        assertThat(rows).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows(validate(people)));
    }

    @Test
    void csvTemplateIsUtf8WithBomAndSemicolonsAndOnlyItsSampleIsRejected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCsv(out, null);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(String.join(";", ImportColumn.headers()));
        assertThat(lines[1]).startsWith("Образцова;Анна;Сергеевна;педагог;14.03.1990;;МБОУ СОШ №1;");
        assertThat(lines[1]).contains(";\"математика; подготовка к ОГЭ\";");

        assertThat(errors(importBytes(bytes))).extracting(RowError::message)
                .containsExactly("это строка-образец из шаблона — удалите её или замените своими данными");
    }

    @Test
    void theFilledCsvTemplateValidates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCsv(out, SCHOOL_1.shortName());
        String template = out.toString(StandardCharsets.UTF_8);
        String headerLine = template.substring(0, template.indexOf("\r\n") + 2);
        StringBuilder filled = new StringBuilder(headerLine);
        for (ImportFixtures.Row r : List.of(pupilMentee(), employerMentor())) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            var w = new java.io.OutputStreamWriter(line, StandardCharsets.UTF_8);
            new CsvWriter(w, ';').record(r.cells());
            w.flush();
            filled.append(line.toString(StandardCharsets.UTF_8));
        }

        List<ParticipantNaturalKey> keys = rows(importBytes(filled.toString().getBytes(StandardCharsets.UTF_8)))
                .stream().map(ParticipantRow::naturalKey).toList();

        assertThat(keys).extracting(ParticipantNaturalKey::surname).containsExactly("петров", "морозов");
    }
}
