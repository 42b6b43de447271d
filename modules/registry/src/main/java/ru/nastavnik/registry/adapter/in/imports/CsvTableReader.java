package ru.nastavnik.registry.adapter.in.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import ru.nastavnik.registry.domain.RawRow;

/**
 * Streams a CSV file into {@link RawRow}s without holding the file in memory.
 *
 * <ul>
 *   <li>Encoding is detected, not asked: a UTF-8 BOM means UTF-8; otherwise the first 64 KiB are decoded as
 *       strict UTF-8 and, if that fails, the file is read as Windows-1251. A UTF-8 file that turns out to be
 *       malformed later is rejected as a whole. UTF-16 is rejected with a hint.</li>
 *   <li>The delimiter is whichever of {@code ;}, {@code ,} and tab occurs most often outside quotes in the first
 *       non-blank line (ties: {@code ;} first).</li>
 *   <li>RFC 4180 quoting: delimiters and line breaks inside quotes, {@code ""} for a quote. A quote inside an
 *       unquoted field is kept literally. Line ends may be CRLF, LF or CR.</li>
 *   <li>Row numbers are those Excel shows when it opens the file: one per record (a record with a line break
 *       inside quotes is one row), blank lines count. Blank rows are not passed on.</li>
 * </ul>
 */
public final class CsvTableReader {

    static final int PROBE_BYTES = 64 * 1024;
    static final int MAX_FIELD_CHARS = 100_000;
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** Reads the whole stream, handing every non-blank row to {@code sink} in file order. */
    public void read(InputStream in, Consumer<RawRow> sink) throws IOException {
        byte[] probe = in.readNBytes(PROBE_BYTES);
        int offset = 0;
        Charset charset;
        if (startsWith(probe, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
        } else if (startsWith(probe, 0xFF, 0xFE) || startsWith(probe, 0xFE, 0xFF)) {
            throw new ImportFileException("файл в кодировке UTF-16 («Текст Юникод»): сохраните его как «CSV UTF-8» "
                    + "или «CSV (разделители — точка с запятой)»");
        } else {
            charset = isUtf8(probe, probe.length < PROBE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        }
        CharsetDecoder decoder = charset.newDecoder();
        if (charset == StandardCharsets.UTF_8) {
            decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        } else {
            decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(probe, offset, probe.length - offset), in);
        Parser parser = new Parser(new InputStreamReader(all, decoder));
        try {
            parser.readAll(sink);
        } catch (CharacterCodingException e) {
            throw new ImportFileException("файл начинается в кодировке UTF-8, но около строки " + (parser.record + 1)
                    + " содержит байты, недопустимые в UTF-8: сохраните весь файл в одной кодировке (лучше «CSV UTF-8»)", e);
        }
    }

    /** Encoding the reader would choose for a file starting with these bytes. */
    static Charset detect(byte[] head, boolean complete) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        return isUtf8(head, complete) ? StandardCharsets.UTF_8 : WINDOWS_1251;
    }

    private static boolean isUtf8(byte[] bytes, boolean complete) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = d.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), complete);
        if (r.isError()) {
            return false;
        }
        return !complete || !d.flush(CharBuffer.allocate(4)).isError();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Chooses the delimiter from the raw text of the header line. */
    static char detectDelimiter(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        return commas >= tabs ? ',' : '\t';
    }

    /** RFC 4180 record parser over a character stream with its own buffer. */
    static final class Parser {
        private final Reader in;
        private final char[] buf = new char[16 * 1024];
        private int pos;
        private int len;
        private boolean eof;
        private char delimiter = ';';
        /** Records read so far = row number of the last record. */
        int record;
        /**
         * The fields and the text of the current record, reused from record to record: growing a fresh list and
         * builder for every record cost more than splitting it. {@link RawRow} copies the list.
         */
        private final List<String> fields = new ArrayList<>(32);
        private final StringBuilder field = new StringBuilder(128);

        Parser(Reader in) {
            this.in = in;
        }

        void readAll(Consumer<RawRow> sink) throws IOException {
            String headerLine;
            while ((headerLine = nextLine()) != null) {
                record++;
                if (!headerLine.isBlank()) {
                    delimiter = detectDelimiter(headerLine);
                    Parser header = new Parser(new StringReader(headerLine));
                    header.delimiter = delimiter;
                    header.record = record - 1;
                    emit(sink, new RawRow(record, header.next()));
                    break;
                }
            }
            List<String> cells;
            while ((cells = next()) != null) {
                emit(sink, new RawRow(record, cells));
            }
        }

        private static void emit(Consumer<RawRow> sink, RawRow row) {
            if (!row.isBlank()) {
                sink.accept(row);
            }
        }

        private int read() throws IOException {
            if (pos < len) {
                return buf[pos++];
            }
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return -1;
            }
            return buf[pos++];
        }

        /** Steps back over the char just returned by {@link #read()} (never -1). */
        private void unread() {
            pos--;
        }

        /** Raw text of the next line, quote-aware (a line break inside quotes does not end it); null at EOF. */
        String nextLine() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            boolean quoted = false;
            while (c != -1) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (c == '\r') {
                        int n = read();
                        if (n != '\n' && n != -1) {
                            unread();
                        }
                    }
                    return sb.toString();
                }
                sb.append((char) c);
                if (sb.length() > MAX_FIELD_CHARS * 4) {
                    throw tooLong(record + 1);
                }
                c = read();
            }
            return sb.toString();
        }

        /**
         * The fields of the next record; null at EOF. Increments {@link #record}. The list is only valid until the
         * next call.
         */
        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            record++;
            fields.clear();
            field.setLength(0);
            boolean quoted = false;
            boolean fieldStarted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new ImportFileException("в строке " + record + " открыта кавычка, которая не закрыта "
                                + "до конца файла: проверьте кавычки в этой строке");
                    }
                    if (c == '"') {
                        int n = read();
                        if (n == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (n != -1) {
                                unread();
                            }
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == -1 || c == '\n') {
                    fields.add(fieldText());
                    return fields;
                } else if (c == '\r') {
                    int n = read();
                    if (n != '\n' && n != -1) {
                        unread();
                    }
                    fields.add(fieldText());
                    return fields;
                } else if (c == delimiter) {
                    fields.add(fieldText());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else {
                    field.append((char) c);
                    fieldStarted = true;
                    // The rest of an unquoted field ends only at a delimiter or a line break (a quote inside it is
                    // text): copy it from the buffer in one go instead of char by char.
                    int end = pos;
                    while (end < len) {
                        char d = buf[end];
                        if (d == delimiter || d == '\n' || d == '\r') {
                            break;
                        }
                        end++;
                    }
                    field.append(buf, pos, end - pos);
                    pos = end;
                }
                if (field.length() > MAX_FIELD_CHARS) {
                    throw tooLong(record);
                }
                c = read();
            }
        }

        /** The current field as a string; empty fields (a third of a typical row) share "". */
        private String fieldText() {
            return field.length() == 0 ? "" : field.toString();
        }

        private static ImportFileException tooLong(int row) {
            return new ImportFileException("в строке " + row + " значение длиннее " + MAX_FIELD_CHARS
                    + " символов — вероятно, не закрыта кавычка");
        }
    }
}
