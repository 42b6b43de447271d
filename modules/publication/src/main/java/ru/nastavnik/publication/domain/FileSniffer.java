package ru.nastavnik.publication.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import ru.nastavnik.platform.BusinessRuleProblem;

/**
 * Recognises an uploaded file by its content (magic bytes), never by its name: PDF ({@code %PDF-}), PNG (the 8-byte
 * signature), JPEG ({@code FF D8 FF}), and DOCX/XLSX — a ZIP whose entries include {@code [Content_Types].xml} and
 * {@code word/…} or {@code xl/…}. Anything else, whatever it is called, is refused.
 */
public final class FileSniffer {

	/** The largest attachment accepted: 10 MB. */
	public static final long MAX_SIZE = 10L * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };

	/** ZIP entries read at most, against archive bombs posing as documents. */
	private static final int MAX_ZIP_ENTRIES = 2000;

	private FileSniffer() {
	}

	public static Optional<FileType> sniff(byte[] content) {
		if (content == null) {
			return Optional.empty();
		}
		if (startsWith(content, PDF)) {
			return Optional.of(FileType.PDF);
		}
		if (startsWith(content, PNG)) {
			return Optional.of(FileType.PNG);
		}
		if (startsWith(content, JPEG)) {
			return Optional.of(FileType.JPEG);
		}
		if (startsWith(content, ZIP)) {
			return officeType(content);
		}
		return Optional.empty();
	}

	/** The type of an acceptable file, or a Russian refusal naming the file. */
	public static FileType require(String fileName, byte[] content) {
		String name = fileName == null || fileName.isBlank() ? "без имени" : fileName;
		if (content == null || content.length == 0) {
			throw BusinessRuleProblem.invalid("file", "Файл «" + name + "» пуст");
		}
		if (content.length > MAX_SIZE) {
			throw BusinessRuleProblem.invalid("file", "Файл «" + name + "» больше 10 МБ: уменьшите его или разделите");
		}
		return sniff(content).orElseThrow(() -> BusinessRuleProblem.invalid("file", "Файл «" + name
				+ "» не принят: по содержимому это не PDF, PNG, JPEG, DOCX или XLSX. Тип файла определяется по его "
				+ "содержимому, а не по имени или расширению."));
	}

	private static Optional<FileType> officeType(byte[] content) {
		boolean contentTypes = false;
		boolean word = false;
		boolean excel = false;
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int count = 0;
			while ((entry = zip.getNextEntry()) != null && count++ < MAX_ZIP_ENTRIES) {
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		if (!contentTypes) {
			return Optional.empty();
		}
		if (word && !excel) {
			return Optional.of(FileType.DOCX);
		}
		if (excel && !word) {
			return Optional.of(FileType.XLSX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
