package ru.nastavnik.pairing.adapter.out.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import ru.nastavnik.pairing.domain.OrderDocument;
import ru.nastavnik.pairing.domain.OrderDocuments;

/**
 * The pairing order as DOCX (Apache POI) and PDF (openhtmltopdf from XHTML, with DejaVu Sans from the classpath so that
 * Cyrillic renders on any machine).
 */
@Component
class PoiAndPdfOrderDocuments implements OrderDocuments {

	static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

	private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static String title(OrderDocument o) {
		return "ПРИКАЗ № " + o.number() + " от " + date(o.date());
	}

	static String subject() {
		return "О закреплении наставнических пар (групп)";
	}

	static String preamble(OrderDocument o) {
		return "В целях реализации программы наставничества «" + o.programmeTitle() + "» (срок реализации с "
				+ date(o.programmeFrom()) + " по " + date(o.programmeTo())
				+ ") в рамках целевой модели наставничества ПРИКАЗЫВАЮ:";
	}

	static String item1() {
		return "1. Закрепить наставнические пары (группы) согласно таблице.";
	}

	static String item2() {
		return "2. Наставникам совместно с наставляемыми разработать индивидуальные планы (маршруты) в течение двух недель.";
	}

	static String item3() {
		return "3. Контроль за исполнением приказа возложить на куратора программы наставничества.";
	}

	static String date(LocalDate d) {
		return d == null ? "" : d.format(RU_DATE);
	}

	static String period(OrderDocument.Row r) {
		return date(r.from()) + " – " + date(r.to());
	}

	@Override
	public byte[] docx(OrderDocument o) {
		try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			paragraph(doc, o.organization(), true, ParagraphAlignment.CENTER);
			if (!o.authority().isBlank()) {
				paragraph(doc, o.authority(), false, ParagraphAlignment.CENTER);
			}
			paragraph(doc, title(o) + (o.issued() ? "" : " (проект)"), true, ParagraphAlignment.CENTER);
			paragraph(doc, subject(), true, ParagraphAlignment.CENTER);
			paragraph(doc, preamble(o), false, ParagraphAlignment.BOTH);
			paragraph(doc, item1(), false, ParagraphAlignment.BOTH);
			XWPFTable table = doc.createTable(o.rows().size() + 1, 5);
			table.setWidth("100%");
			String[] head = { "№", "Форма наставничества", "Наставник", "Наставляемые", "Срок" };
			for (int c = 0; c < head.length; c++) {
				cell(table.getRow(0), c, head[c], true);
			}
			int r = 1;
			for (OrderDocument.Row row : o.rows()) {
				XWPFTableRow tr = table.getRow(r++);
				cell(tr, 0, String.valueOf(row.position()), false);
				cell(tr, 1, row.formName() + (row.mentees().size() > 1 ? " (группа)" : ""), false);
				cell(tr, 2, row.mentor() + (row.mentorCategory().isBlank() ? "" : ", " + row.mentorCategory()), false);
				cell(tr, 3, String.join("\n", row.mentees()), false);
				cell(tr, 4, period(row), false);
			}
			paragraph(doc, item2(), false, ParagraphAlignment.BOTH);
			paragraph(doc, item3(), false, ParagraphAlignment.BOTH);
			paragraph(doc, "Руководитель ______________________", false, ParagraphAlignment.LEFT);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		XWPFRun run = p.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(12);
		run.setBold(bold);
		run.setText(text);
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		var cell = row.getCell(column);
		XWPFParagraph p = cell.getParagraphs().get(0);
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			XWPFRun run = p.createRun();
			run.setFontFamily("Times New Roman");
			run.setFontSize(11);
			run.setBold(bold);
			run.setText(lines[i]);
			if (i < lines.length - 1) {
				run.addBreak();
			}
		}
	}

	@Override
	public byte[] pdf(OrderDocument o) {
		try (var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font(FONT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font(FONT_BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html(o), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream font(String resource) {
		InputStream in = PoiAndPdfOrderDocuments.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("font " + resource + " is not on the classpath");
		}
		return in;
	}

	static String html(OrderDocument o) {
		var rows = new StringBuilder();
		for (OrderDocument.Row row : o.rows()) {
			rows.append("<tr><td>").append(row.position()).append("</td><td>").append(esc(row.formName()))
				.append(row.mentees().size() > 1 ? " (группа)" : "").append("</td><td>").append(esc(row.mentor()))
				.append(row.mentorCategory().isBlank() ? "" : ", " + esc(row.mentorCategory())).append("</td><td>");
			rows.append(String.join("<br/>", row.mentees().stream().map(PoiAndPdfOrderDocuments::esc).toList()));
			rows.append("</td><td>").append(esc(period(row))).append("</td></tr>");
		}
		return """
				<!DOCTYPE html>
				<html lang="ru"><head><meta charset="utf-8"/><style>
				@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
				body { font-family: 'DejaVu Sans'; font-size: 10.5pt; }
				.c { text-align: center; } .b { font-weight: bold; } p { text-align: justify; margin: 4pt 0; }
				table { width: 100%%; border-collapse: collapse; margin: 6pt 0; }
				th, td { border: 0.6pt solid #000; padding: 3pt; vertical-align: top; font-size: 9.5pt; }
				th { font-weight: bold; }
				</style></head><body>
				<p class="c b">%s</p><p class="c">%s</p>
				<p class="c b">%s%s</p><p class="c b">%s</p>
				<p>%s</p><p>%s</p>
				<table><thead><tr><th>№</th><th>Форма наставничества</th><th>Наставник</th><th>Наставляемые</th><th>Срок</th></tr></thead>
				<tbody>%s</tbody></table>
				<p>%s</p><p>%s</p>
				<p>Руководитель ______________________</p>
				</body></html>
				""".formatted(esc(o.organization()), esc(o.authority()), esc(title(o)), o.issued() ? "" : " (проект)",
				esc(subject()), esc(preamble(o)), esc(item1()), rows, esc(item2()), esc(item3()));
	}

	private static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
