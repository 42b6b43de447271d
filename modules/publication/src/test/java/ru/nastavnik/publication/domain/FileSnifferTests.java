package ru.nastavnik.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.BusinessRuleProblem;

public class FileSnifferTests {

	static byte[] zip(String... entries) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (String e : entries) {
				zip.putNextEntry(new ZipEntry(e));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	public static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] exe() {
		byte[] b = new byte[256];
		b[0] = 'M';
		b[1] = 'Z';
		return b;
	}

	@Test
	void recognisesTheAllowedTypesByContent() throws IOException {
		assertThat(FileSniffer.sniff(pdf())).contains(FileType.PDF);
		assertThat(FileSniffer.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }))
			.contains(FileType.PNG);
		assertThat(FileSniffer.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 }))
			.contains(FileType.JPEG);
		assertThat(FileSniffer.sniff(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"))).contains(FileType.DOCX);
		assertThat(FileSniffer.sniff(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")))
			.contains(FileType.XLSX);
	}

	@Test
	void refusesWhatIsNotOneOfThemWhateverItsName() throws IOException {
		assertThat(FileSniffer.sniff(exe())).isEmpty();
		assertThat(FileSniffer.sniff(zip("readme.txt", "word/document.xml"))).as("zip without [Content_Types].xml").isEmpty();
		assertThat(FileSniffer.sniff(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).as("broken zip").isEmpty();
		assertThat(FileSniffer.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThatThrownBy(() -> FileSniffer.require("положение.pdf", exe()))
			.isInstanceOf(BusinessRuleProblem.class)
			.hasMessageContaining("«положение.pdf» не принят")
			.hasMessageContaining("по содержимому");
	}

	@Test
	void refusesEmptyAndOversizedFiles() {
		assertThatThrownBy(() -> FileSniffer.require("a.pdf", new byte[0])).hasMessageContaining("пуст");
		byte[] big = new byte[(int) FileSniffer.MAX_SIZE + 1];
		System.arraycopy(pdf(), 0, big, 0, 5);
		assertThatThrownBy(() -> FileSniffer.require("big.pdf", big)).hasMessageContaining("больше 10 МБ");
	}
}
