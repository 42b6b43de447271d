package ru.nastavnik.registry.domain;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Generates large valid participant lists for the large-file test and the benchmark: every row distinct,
 * the four categories in turn. {@link #csv} produces the file lazily, so the test can see how much of it a
 * reader has consumed.
 */
public final class GeneratedParticipants {

    private GeneratedParticipants() {
    }

    /** The i-th generated participant (0-based), valid at {@link ImportFixtures#REFERENCE_DATE}. */
    public static ImportFixtures.Row row(int i) {
        ImportFixtures.Row row = switch (i % 4) {
            case 0 -> ImportFixtures.pupilMentee();
            case 1 -> ImportFixtures.teacherMentorAndMentee();
            case 2 -> ImportFixtures.studentMentor();
            default -> ImportFixtures.employerMentor();
        };
        String suffix = ImportFixtures.letters(i);
        return row.with(ImportColumn.SURNAME, row.get(ImportColumn.SURNAME) + "-" + suffix);
    }

    /** A CSV (header + {@code rows} rows, «;», CRLF) generated while it is read. */
    public static CountingStream csv(int rows, Charset charset) {
        return new CountingStream(rows, charset);
    }

    /** The generated file as an input stream that knows how many bytes it has handed out. */
    public static final class CountingStream extends InputStream {
        private final int rows;
        private final Charset charset;
        private int next = -1;
        private byte[] chunk = new byte[0];
        private int pos;
        private long served;

        CountingStream(int rows, Charset charset) {
            this.rows = rows;
            this.charset = charset;
        }

        public long bytesServed() {
            return served;
        }

        private boolean fill() {
            if (pos < chunk.length) {
                return true;
            }
            if (next >= rows) {
                return false;
            }
            List<String> cells = next < 0 ? ImportFixtures.header() : row(next).cells();
            next++;
            StringBuilder sb = new StringBuilder(256);
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    sb.append(';');
                }
                String v = cells.get(c);
                if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0) {
                    sb.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(v);
                }
            }
            sb.append("\r\n");
            chunk = sb.toString().getBytes(charset);
            pos = 0;
            return true;
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            served++;
            return chunk[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            served += n;
            return n;
        }

        /** Materialises the whole file (for the benchmark, which must not measure generation). */
        public byte[] toByteArray() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = read(buf, 0, buf.length)) > 0) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }
}
