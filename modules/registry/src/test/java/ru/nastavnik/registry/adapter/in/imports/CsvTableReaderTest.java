package ru.nastavnik.registry.adapter.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nastavnik.registry.domain.RawRow;

class CsvTableReaderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    static List<RawRow> read(byte[] bytes) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        new CsvTableReader().read(new ByteArrayInputStream(bytes), rows::add);
        return rows;
    }

    @Test
    void windows1251WithSemicolons() throws IOException {
        String text = "Фамилия;Имя;Организация\r\nЁлкина;Юлия;МБОУ «СОШ №1»\r\nЩукин;Эдуард;Школа, филиал\r\n";
        byte[] bytes = text.getBytes(CP1251);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("really not UTF-8").contains("\uFFFD");
        assertThat(bytes[0] & 0xFF).as("«Ф» in cp1251").isEqualTo(0xD4);

        assertThat(read(bytes)).extracting(RawRow::rowNumber, RawRow::cells).containsExactly(
                tuple(1, List.of("Фамилия", "Имя", "Организация")),
                tuple(2, List.of("Ёлкина", "Юлия", "МБОУ «СОШ №1»")),
                tuple(3, List.of("Щукин", "Эдуард", "Школа, филиал")));
    }

    @Test
    void utf8WithBomAndCommas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write("Фамилия,Имя,Компетенции наставника\nЁлкина,Юлия,\"физика; химия\"\n".getBytes(StandardCharsets.UTF_8));

        List<RawRow> rows = read(out.toByteArray());

        assertThat(rows.get(0).cell(0)).as("BOM is not part of the first header").isEqualTo("Фамилия");
        assertThat(rows).extracting(RawRow::cells).containsExactly(
                List.of("Фамилия", "Имя", "Компетенции наставника"),
                List.of("Ёлкина", "Юлия", "физика; химия"));
    }

    @Test
    void utf8WithoutBom() throws IOException {
        assertThat(read("Фамилия;Имя\nЁжиков;Пётр".getBytes(StandardCharsets.UTF_8)))
                .extracting(RawRow::cells).containsExactly(List.of("Фамилия", "Имя"), List.of("Ёжиков", "Пётр"));
    }

    @Test
    void encodingDetectionLooksAtContentNotAtAnyDeclaration() {
        assertThat(CsvTableReader.detect("Ёлкина".getBytes(StandardCharsets.UTF_8), true)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvTableReader.detect("Ёлкина".getBytes(CP1251), true)).isEqualTo(CP1251);
        assertThat(CsvTableReader.detect("ascii only".getBytes(StandardCharsets.US_ASCII), true)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aUtf8SequenceCutAtTheEndOfTheProbeIsStillUtf8() throws IOException {
        StringBuilder sb = new StringBuilder("Фамилия;Имя\n");
        while (sb.length() < CsvTableReader.PROBE_BYTES) {
            sb.append("Ёлкина;Юлия\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        for (int shift = 0; shift < 3; shift++) {
            byte[] shifted = new byte[bytes.length + shift];
            for (int i = 0; i < shift; i++) {
                shifted[i] = 'x';
            }
            System.arraycopy(bytes, 0, shifted, shift, bytes.length);
            List<RawRow> rows = read(shifted);
            assertThat(rows.get(rows.size() - 1).cells()).containsExactly("Ёлкина", "Юлия");
        }
    }

    @Test
    void aFileThatTurnsFromUtf8IntoCp1251AfterTheProbeIsRejected() {
        StringBuilder sb = new StringBuilder("Фамилия;Имя\n");
        while (sb.length() < CsvTableReader.PROBE_BYTES) {
            sb.append("Ёлкина;Юлия\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes("Щукин;Эдуард\n".getBytes(CP1251));

        assertThatThrownBy(() -> read(out.toByteArray()))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("байты, недопустимые в UTF-8");
    }

    @Test
    void utf16IsRejectedWithAHint() {
        byte[] bytes = "\uFEFFФамилия\tИмя".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> read(bytes)).isInstanceOf(ImportFileException.class).hasMessageContaining("UTF-16");
    }

    @Test
    void quotedFieldsWithDelimitersLineBreaksAndDoubledQuotes() throws IOException {
        String text = "Фамилия;Компания;Запросы наставляемого\r\n"
                + "Иванов;\"ООО \"\"Ромашка\"\"; филиал\";\"первая строка\r\nвторая строка\"\r\n"
                + "Петров;\"\";\"\"\"в кавычках\"\"\"\r\n"
                + "Сидоров;ООО \"Лютик\";просто\r\n";

        List<RawRow> rows = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(RawRow::rowNumber, RawRow::cells).containsExactly(
                tuple(1, List.of("Фамилия", "Компания", "Запросы наставляемого")),
                tuple(2, List.of("Иванов", "ООО \"Ромашка\"; филиал", "первая строка\r\nвторая строка")),
                tuple(3, List.of("Петров", "", "\"в кавычках\"")),
                tuple(4, List.of("Сидоров", "ООО \"Лютик\"", "просто")));
    }

    @Test
    void delimiterIsDetectedOutsideQuotesOnly() throws IOException {
        String text = "\"Фамилия; Имя; Отчество\",Категория,Роль\nИванов Иван,педагог,наставник\n";
        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).extracting(RawRow::cells).containsExactly(
                List.of("Фамилия; Имя; Отчество", "Категория", "Роль"),
                List.of("Иванов Иван", "педагог", "наставник"));
        assertThat(CsvTableReader.detectDelimiter("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvTableReader.detectDelimiter("a;b,c")).as("tie → «;»").isEqualTo(';');
        assertThat(CsvTableReader.detectDelimiter("\"a;b;c\",d")).isEqualTo(',');
    }

    @Test
    void blankLinesAreSkippedButCountedLikeExcelRowsAndLineEndsMayBeMixed() throws IOException {
        String text = "\n\nФамилия;Имя\r\nА;Б\n;\n\rВ;\"Г\nД\"\r\nЕ;Ж\n\n;;\n  \n";

        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).extracting(RawRow::rowNumber, RawRow::cells).containsExactly(
                tuple(3, List.of("Фамилия", "Имя")),
                tuple(4, List.of("А", "Б")),
                tuple(7, List.of("В", "Г\nД")),
                tuple(8, List.of("Е", "Ж")));
    }

    @Test
    void anUnclosedQuoteNamesItsRow() {
        String text = "Фамилия;Имя\nА;Б\nВ;\"Г;Д\nЕ;Ж\n";
        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("в строке 3 открыта кавычка, которая не закрыта до конца файла: проверьте кавычки в этой строке");
    }

    @Test
    void anEmptyStreamHasNoRows() throws IOException {
        assertThat(read(new byte[0])).isEmpty();
        assertThat(read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEmpty();
    }
}
