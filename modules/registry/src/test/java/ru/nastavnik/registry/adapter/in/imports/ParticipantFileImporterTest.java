package ru.nastavnik.registry.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.registry.domain.ImportFixtures.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.ImportFixtures;
import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ParticipantNaturalKey;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.RowError;
import ru.nastavnik.registry.domain.SchoolClass;

class ParticipantFileImporterTest {

    private final ParticipantFileImporter importer = new ParticipantFileImporter();

    ImportResult importBytes(byte[] bytes) throws IOException {
        return importer.importFile(new ByteArrayInputStream(bytes), ORGANISATIONS, REFERENCE_DATE);
    }

    static byte[] csv(Charset charset, char delimiter, boolean bom, List<List<String>> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer w = new OutputStreamWriter(out, charset);
        CsvWriter csv = new CsvWriter(w, delimiter);
        for (List<String> r : records) {
            csv.record(r);
        }
        w.flush();
        return out.toByteArray();
    }

    static List<List<String>> records(ImportFixtures.Row... rows) {
        List<List<String>> records = new java.util.ArrayList<>();
        records.add(header());
        for (ImportFixtures.Row r : rows) {
            records.add(r.cells());
        }
        return records;
    }

    @Test
    void cp1251WithSemicolonsIsImported() throws IOException {
        byte[] bytes = csv(Charset.forName("windows-1251"), ';', false,
                records(pupilMentee(), teacherMentorAndMentee(), studentMentor(), employerMentor()));

        List<ParticipantRow> rows = rows(importBytes(bytes));

        assertThat(rows).extracting(ParticipantRow::surname).containsExactly("Петров", "Кузнецова", "Сидоров", "Морозов");
        assertThat(rows.get(1).name()).isEqualTo("Алёна");
        assertThat(rows.get(3).company()).as("quotes «» survive cp1251").isEqualTo("АО «Сасовский завод»");
        assertThat(rows).isEqualTo(rows(validate(pupilMentee(), teacherMentorAndMentee(), studentMentor(), employerMentor())));
    }

    @Test
    void utf8BomWithCommasIsImportedAndCommaListsSurviveQuoting() throws IOException {
        byte[] bytes = csv(StandardCharsets.UTF_8, ',', true, records(employerMentor(), pupilMentee()));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"инженерное дело, профориентация\"");

        List<ParticipantRow> rows = rows(importBytes(bytes));

        assertThat(rows.get(0).mentorCompetencies()).containsExactly("инженерное дело", "профориентация");
        assertThat(rows.get(1).menteeRequests()).containsExactly("математика", "подготовка к олимпиаде");
    }

    @Test
    void errorsOfACsvCarryExcelRowNumbersEvenAfterMultiLineCells() throws IOException {
        String text = String.join(";", header()) + "\r\n"
                + String.join(";", pupilMentee().with(ImportColumn.MENTEE_REQUESTS, "\"математика;\nфизика\"").cells()) + "\r\n"
                + "\r\n"
                + String.join(";", employerMentor().with(ImportColumn.BIRTH_DATE, "31.02.1980").cells()) + "\r\n";

        List<RowError> errors = errors(importBytes(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(errors).extracting(RowError::formatted)
                .containsExactly("Строка 4, столбец «Дата рождения»: дата «31.02.1980» не существует");
    }

    @Test
    void xlsxWithRealDateCellsAndTextDatesIsImported() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
        Sheet sheet = wb.createSheet("Участники");
        Row header = sheet.createRow(0);
        for (ImportColumn c : ImportColumn.values()) {
            header.createCell(c.ordinal()).setCellValue(c.header());
        }
        ImportFixtures.Row[] fixtures = {pupilMentee(), teacherMentorAndMentee(), employerMentor()};
        for (int i = 0; i < fixtures.length; i++) {
            Row row = sheet.createRow(i + 1);
            for (ImportColumn c : ImportColumn.values()) {
                String v = fixtures[i].get(c);
                if (v.isEmpty()) {
                    continue;
                }
                if (i != 2 && (c == ImportColumn.BIRTH_DATE || c == ImportColumn.CONSENT_DATE
                        || c == ImportColumn.PEDAGOGICAL_START)) {
                    row.createCell(c.ordinal()).setCellValue(LocalDate.parse(v, ParticipantCells.DATE));
                    row.getCell(c.ordinal()).setCellStyle(dateStyle);
                } else if (c == ImportColumn.MENTOR_CAPACITY) {
                    row.createCell(c.ordinal()).setCellValue(Double.parseDouble(v));
                } else {
                    row.createCell(c.ordinal()).setCellValue(v);
                }
            }
        }
        sheet.getRow(1).getCell(ImportColumn.SCHOOL_CLASS.ordinal()).setCellValue(7.0);
        sheet.createRow(10).createCell(0).setCellValue("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();

        List<ParticipantRow> rows = rows(importBytes(out.toByteArray()));

        assertThat(rows).extracting(ParticipantRow::sourceRow).containsExactly(2, 3, 4);
        assertThat(rows.get(0).birthDate()).isEqualTo(LocalDate.of(2012, 5, 12));
        assertThat(rows.get(0).schoolClass()).isEqualTo(new SchoolClass(7, ""));
        assertThat(rows.get(1).pedagogicalStart()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(rows.get(1).mentorCapacity()).isEqualTo(2);
        assertThat(rows.get(2).birthDate()).as("text date").isEqualTo(LocalDate.of(1980, 7, 20));
    }

    @Test
    void reImportingTheSameFileGivesTheSameKeys() throws IOException {
        byte[] bytes = csv(StandardCharsets.UTF_8, ';', true,
                records(pupilMentee(), teacherMentorAndMentee(), studentMentor(), employerMentor()));

        List<ParticipantNaturalKey> first = rows(importBytes(bytes)).stream().map(ParticipantRow::naturalKey).toList();
        List<ParticipantNaturalKey> second = rows(importBytes(bytes)).stream().map(ParticipantRow::naturalKey).toList();

        assertThat(first).hasSize(4).doesNotHaveDuplicates().isEqualTo(second);
    }

    @Test
    void theSamePeopleTypedDifferentlyMapToTheSameKeys() throws IOException {
        byte[] original = csv(StandardCharsets.UTF_8, ';', false, records(pupilMentee()));
        byte[] retyped = csv(Charset.forName("windows-1251"), ',', false, records(pupilMentee()
                .with(ImportColumn.SURNAME, " ПЕТРОВ").with(ImportColumn.NAME, "Семен")
                .with(ImportColumn.ORGANISATION, "мбоу сош № 1").with(ImportColumn.BIRTH_DATE, "2012-05-12")));

        assertThat(rows(importBytes(retyped)).get(0).naturalKey()).isEqualTo(rows(importBytes(original)).get(0).naturalKey());
    }

    @Test
    void oldExcelFilesAreRejectedWithAHint() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(errors(importBytes(ole2))).extracting(RowError::row, RowError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "файл в старом формате Excel 97–2003 (.xls) или защищён паролем: "
                        + "снимите пароль и сохраните файл как «Книга Excel (.xlsx)» или «CSV UTF-8»"));
    }

    @Test
    void emptyAndDamagedFilesAreRejected() throws IOException {
        assertThat(errors(importBytes(new byte[0]))).extracting(RowError::message)
                .containsExactly("файл пуст: нет ни строки заголовка, ни данных");
        assertThat(errors(importBytes(new byte[] {'P', 'K', 3, 4, 0, 0}))).extracting(RowError::message)
                .singleElement().asString().contains("не удаётся прочитать как книгу Excel");
    }

    @Test
    void aTruncatedXlsxIsAFileProblemNotAnIoFailure() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ImportTemplateWriter().writeXlsx(out, null);
        byte[] whole = out.toByteArray();
        for (int cut : new int[] {whole.length / 3, whole.length / 2, whole.length - 30}) {
            byte[] truncated = java.util.Arrays.copyOf(whole, cut);
            assertThat(errors(importBytes(truncated))).as("cut at " + cut).extracting(RowError::message)
                    .singleElement().asString().contains("не удаётся прочитать как книгу Excel");
        }
    }

    @Test
    void readerProblemsAndEarlierRowErrorsAreReportedTogether() throws IOException {
        String text = String.join(";", header()) + "\n"
                + String.join(";", pupilMentee().with(ImportColumn.SCHOOL_CLASS, "12").cells()) + "\n"
                + "Иванов;\"Иван\n";

        assertThat(errors(importBytes(text.getBytes(StandardCharsets.UTF_8)))).extracting(RowError::formatted).containsExactly(
                "Строка 2, столбец «Класс»: класс 12 вне диапазона 1–11",
                "Файл: в строке 3 открыта кавычка, которая не закрыта до конца файла: проверьте кавычки в этой строке");
    }
}
