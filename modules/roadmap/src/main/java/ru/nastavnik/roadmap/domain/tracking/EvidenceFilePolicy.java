package ru.nastavnik.roadmap.domain.tracking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Which files may be attached to document evidence: scans and office documents up to {@link #MAX_BYTES}. The type is
 * decided by the file's extension and must agree with its first bytes (a renamed executable is refused); the stored
 * content type is the one derived here, never the one the browser claimed.
 */
public final class EvidenceFilePolicy {

    /** 10 MiB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private record Type(String contentType, byte[] magic) {
    }

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private static final Map<String, Type> TYPES = Map.of(
            "pdf", new Type("application/pdf", PDF),
            "docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "odt", new Type("application/vnd.oasis.opendocument.text", ZIP),
            "ods", new Type("application/vnd.oasis.opendocument.spreadsheet", ZIP),
            "doc", new Type("application/msword", OLE),
            "xls", new Type("application/vnd.ms-excel", OLE),
            "jpg", new Type("image/jpeg", JPEG),
            "jpeg", new Type("image/jpeg", JPEG),
            "png", new Type("image/png", PNG));

    /** Allowed extensions, for messages and the {@code accept} attribute. */
    public static final String ALLOWED = ".pdf, .docx, .doc, .odt, .xlsx, .xls, .ods, .jpg, .jpeg, .png";

    private EvidenceFilePolicy() {
    }

    /** An accepted file: its cleaned name and content type. */
    public record Accepted(String fileName, String contentType) {
    }

    /**
     * Checks a file for attachment.
     *
     * @throws IllegalArgumentException with a Russian message when it is empty, too large, of a type not allowed, or
     *     its content does not match its extension
     */
    public static Accepted check(String originalName, byte[] content) {
        String name = cleanName(originalName);
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("Файл «" + name + "» пуст");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("Файл «" + name + "» больше 10 МБ (" + (content.length / (1024 * 1024))
                    + " МБ): приложите файл меньшего размера");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Type type = TYPES.get(extension);
        if (type == null) {
            throw new IllegalArgumentException("Файл «" + name + "»: такой тип файлов не принимается; допустимы " + ALLOWED);
        }
        if (content.length < type.magic().length
                || !Arrays.equals(Arrays.copyOf(content, type.magic().length), type.magic())) {
            throw new IllegalArgumentException("Файл «" + name + "» не является файлом ." + extension
                    + " — содержимое не соответствует расширению");
        }
        return new Accepted(name, type.contentType());
    }

    private static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "файл";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
