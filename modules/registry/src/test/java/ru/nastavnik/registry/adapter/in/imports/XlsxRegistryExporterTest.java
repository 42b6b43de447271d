package ru.nastavnik.registry.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.registry.domain.ImportFixtures.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.ImportFixtures;
import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.RowError;

class XlsxRegistryExporterTest {

    private final XlsxRegistryExporter exporter = new XlsxRegistryExporter();

    private byte[] export(Iterable<ParticipantRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(rows, out);
        return out.toByteArray();
    }

    private ImportResult reimport(byte[] bytes) throws IOException {
        return new ParticipantFileImporter().importFile(new ByteArrayInputStream(bytes), ORGANISATIONS, REFERENCE_DATE);
    }

    @Test
    void anExportImportsBackToTheSameParticipants() throws IOException {
        List<ParticipantRow> original = rows(validate(pupilMentee(), teacherMentorAndMentee(), studentMentor(),
                employerMentor().with(ImportColumn.COMPANY, "ООО \"Ромашка\"; филиал")));

        List<ParticipantRow> back = rows(reimport(export(original)));

        assertThat(back).usingRecursiveFieldByFieldElementComparator().isEqualTo(original);
        assertThat(back).extracting(ParticipantRow::naturalKey)
                .isEqualTo(original.stream().map(ParticipantRow::naturalKey).toList());
    }

    @Test
    void theExportUsesTemplateHeadersRealDatesAndNumbers() throws IOException {
        List<ParticipantRow> original = rows(validate(teacherMentorAndMentee()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(original)))) {
            XSSFSheet sheet = wb.getSheet("Участники");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(ImportColumn.headers());
            var birth = sheet.getRow(1).getCell(ImportColumn.BIRTH_DATE.ordinal());
            assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
            assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(original.get(0).birthDate());
            assertThat(sheet.getRow(1).getCell(ImportColumn.MENTOR_CAPACITY.ordinal()).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(1).getCell(ImportColumn.SCHOOL_CLASS.ordinal())).isNull();
        }
    }

    @Test
    void manyRowsStreamThroughTheWindowAndComeBackInOrder() throws IOException {
        int n = 5_000;
        List<ParticipantRow> original = new ArrayList<>();
        ImportFixtures.Row[] rows = new ImportFixtures.Row[n];
        for (int i = 0; i < n; i++) {
            rows[i] = employerMentor().with(ImportColumn.SURNAME, "Морозов" + letters(i));
        }
        original.addAll(rows(validate(rows)));

        List<ParticipantRow> back = rows(reimport(export(original)));

        assertThat(back).hasSize(n);
        assertThat(back.get(n - 1)).usingRecursiveComparison().isEqualTo(original.get(n - 1));
        assertThat(back.get(n - 1).sourceRow()).isEqualTo(n + 1);
    }

    @Test
    void anEmptyExportIsJustTheHeader() throws IOException {
        assertThat(errors(reimport(export(List.of())))).extracting(RowError::message)
                .containsExactly("в файле есть только строка заголовка, строк с участниками нет");
    }
}
