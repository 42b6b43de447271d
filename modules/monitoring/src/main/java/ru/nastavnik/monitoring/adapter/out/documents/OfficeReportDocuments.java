package ru.nastavnik.monitoring.adapter.out.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import ru.nastavnik.monitoring.domain.Report;
import ru.nastavnik.monitoring.domain.ReportContent;
import ru.nastavnik.monitoring.domain.RussianText;
import ru.nastavnik.monitoring.domain.SchoolYear;

/**
 * The analytical report as DOCX (Apache POI) and PDF (openhtmltopdf): header, indicators against targets with their
 * trend, a chart, the per-school table, forms in use, staff and mentors, readiness findings, findings and the
 * coordinator's conclusions.
 */
@Component
class OfficeReportDocuments implements ru.nastavnik.monitoring.domain.ReportDocuments {

	private static final String FONT = "Liberation Sans";

	// ------------------------------------------------------------------ shared content

	private static List<Charts.Bar> indicatorBars(ReportContent c) {
		return c.indicators().stream().map(l -> new Charts.Bar(l.name(), l.value(), l.target())).toList();
	}

	private static List<Charts.Bar> trendBars(ReportContent.IndicatorLine line) {
		return line.trend().stream()
			.map(p -> new Charts.Bar("на " + RussianText.date(p.date()), p.value(), p.target()))
			.toList();
	}

	private static String pct(BigDecimal v) {
		return RussianText.percent(v);
	}

	private static String num(long n) {
		return RussianText.number(n);
	}

	private static String status(Boolean onTrack) {
		return onTrack == null ? "—" : onTrack ? "достигнуто" : "не достигнуто";
	}

	private static List<List<String>> indicatorRows(ReportContent c) {
		var rows = new ArrayList<List<String>>();
		rows.add(List.of("Показатель", "Значение", "Числитель / знаменатель", "Целевое значение", "Оценка"));
		for (var l : c.indicators()) {
			rows.add(List.of(l.name(), pct(l.value()), num(l.numerator()) + " / " + num(l.denominator()),
					l.target() == null ? "не установлено" : pct(l.target()) + " на " + RussianText.date(l.targetDate()),
					status(l.onTrack())));
		}
		return rows;
	}

	private static List<List<String>> trendRows(ReportContent c) {
		var rows = new ArrayList<List<String>>();
		rows.add(List.of("Показатель", "Дата", "Значение", "Целевое значение"));
		for (var l : c.indicators()) {
			for (var p : l.trend()) {
				rows.add(List.of(l.name(), RussianText.date(p.date()), pct(p.value()), p.target() == null ? "—" : pct(p.target())));
			}
		}
		return rows;
	}

	private static List<List<String>> schoolRows(ReportContent c) {
		var rows = new ArrayList<List<String>>();
		rows.add(List.of("Образовательная организация", "Обучающихся", "Вовлечено", "Доля", "Педагогов", "Молодых педагогов",
				"Наставников", "Не выполнено"));
		for (var s : c.schools()) {
			rows.add(List.of(s.name(), num(s.pupils()), num(s.pupilsInvolved()), pct(s.pupilsShare()),
					num(s.teachers()), num(s.youngTeachers()), num(s.mentors()),
					s.missing().isEmpty() ? "—" : s.missing()));
		}
		return rows;
	}

	private static List<List<String>> formRows(ReportContent c) {
		var rows = new ArrayList<List<String>>();
		rows.add(List.of("Форма наставничества", "Действующих пар (групп)", "Участников"));
		for (var f : c.forms()) {
			rows.add(List.of(f.name(), num(f.activePairs()), num(f.participants())));
		}
		return rows;
	}

	private static List<List<String>> staffRows(ReportContent c) {
		var rows = new ArrayList<List<String>>();
		rows.add(List.of("Учебный год", "Педагогических работников", "Молодых педагогов", "Доля молодых педагогов"));
		for (var s : c.staff()) {
			rows.add(List.of(SchoolYear.label(s.schoolYear()), num(s.teachers()), num(s.youngTeachers()),
					pct(s.share())));
		}
		return rows;
	}

	private static String subtitle(Report r) {
		var c = r.content();
		return "по итогам мониторинга внедрения целевой модели наставничества в образовательных организациях ("
				+ c.tenantName() + ") на " + RussianText.date(r.date()) + ", " + SchoolYear.label(c.schoolYear()) + " учебный год";
	}

	// ------------------------------------------------------------------ DOCX

	@Override
	public byte[] docx(Report report) {
		var c = report.content();
		try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			paragraph(doc, c.authority(), true, ParagraphAlignment.CENTER, 12);
			paragraph(doc, "Аналитическая справка", true, ParagraphAlignment.CENTER, 16);
			paragraph(doc, subtitle(report), false, ParagraphAlignment.CENTER, 12);
			if (report.approved()) {
				paragraph(doc, "Утверждена " + RussianText.date(report.approvedOn()), false, ParagraphAlignment.RIGHT, 11);
			}
			heading(doc, "1. Целевые показатели");
			table(doc, indicatorRows(c));
			picture(doc, Charts.percentBars("Значения показателей и целевые значения", indicatorBars(c)), "indicators.png");
			heading(doc, "2. Динамика показателей");
			table(doc, trendRows(c));
			if (!c.indicators().isEmpty()) {
				var main = c.indicators().get(0);
				picture(doc, Charts.percentBars("Динамика: " + shorten(main.name()), trendBars(main)), "trend.png");
			}
			heading(doc, "3. Образовательные организации");
			table(doc, schoolRows(c));
			heading(doc, "4. Формы наставничества");
			table(doc, formRows(c));
			heading(doc, "5. Педагогические кадры и наставники");
			table(doc, staffRows(c));
			paragraph(doc, "Наставников в действующих парах: " + c.activeMentors() + ", из них прошли обучение: "
					+ c.trainedMentors() + ". Педагогов-наставников молодых учителей: " + c.teacherMentorsOfYoung() + ".",
					false, ParagraphAlignment.LEFT, 11);
			heading(doc, "6. Готовность образовательных организаций");
			paragraph(doc, "Образовательных организаций: " + c.schoolsTotal() + "; без документации, регламентирующей наставничество: "
					+ c.schoolsLackingDocuments() + " (" + pct(c.shareLackingDocuments()) + ").", false, ParagraphAlignment.LEFT, 11);
			for (String gap : c.readinessGaps()) {
				paragraph(doc, "– " + gap, false, ParagraphAlignment.LEFT, 11);
			}
			heading(doc, "Результаты мониторинга");
			int n = 1;
			for (String finding : c.findings()) {
				paragraph(doc, n++ + ") " + finding, false, ParagraphAlignment.BOTH, 11);
			}
			heading(doc, "Выводы и рекомендации");
			for (String line : report.conclusions().split("\n")) {
				paragraph(doc, line, false, ParagraphAlignment.BOTH, 11);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String shorten(String text) {
		return text.length() > 60 ? text.substring(0, 59) + "…" : text;
	}

	private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align, int size) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		XWPFRun run = p.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
	}

	private static void heading(XWPFDocument doc, String text) {
		paragraph(doc, text, true, ParagraphAlignment.LEFT, 13);
	}

	private static void table(XWPFDocument doc, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
		table.setWidth("100%");
		for (int r = 0; r < rows.size(); r++) {
			for (int col = 0; col < rows.get(r).size(); col++) {
				var cell = table.getRow(r).getCell(col);
				var run = cell.getParagraphs().get(0).createRun();
				run.setFontFamily("Times New Roman");
				run.setFontSize(10);
				run.setBold(r == 0);
				run.setText(rows.get(r).get(col));
			}
		}
		doc.createParagraph();
	}

	private static void picture(XWPFDocument doc, byte[] png, String name) {
		try {
			var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
			int widthPt = 460;
			int heightPt = widthPt * image.getHeight() / image.getWidth();
			XWPFRun run = doc.createParagraph().createRun();
			run.addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG, name, Units.toEMU(widthPt),
					Units.toEMU(heightPt));
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IllegalStateException("Диаграмма не вставлена в справку", e);
		}
	}

	// ------------------------------------------------------------------ PDF

	@Override
	public byte[] pdf(Report report) {
		String html = html(report);
		try (var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(Charts.fontBytes()), FONT);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String html(Report report) {
		var c = report.content();
		var h = new StringBuilder();
		h.append("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"/><title>").append(esc(report.title()))
			.append("</title><style>")
			.append("@page { size: A4; margin: 18mm 15mm; } body { font-family: '").append(FONT)
			.append("'; font-size: 10pt; } h1 { font-size: 15pt; text-align: center; margin: 4pt 0; }")
			.append(" h2 { font-size: 12pt; margin: 12pt 0 4pt; } .c { text-align: center; } .r { text-align: right; }")
			.append(" table { border-collapse: collapse; width: 100%; margin: 4pt 0; } td, th { border: 0.5pt solid #555;")
			.append(" padding: 2pt 3pt; font-size: 8.5pt; vertical-align: top; } th { background: #eee; } img { width: 100%; }")
			.append("</style></head><body>");
		h.append("<p class=\"c\">").append(esc(c.authority())).append("</p>");
		h.append("<h1>Аналитическая справка</h1>");
		h.append("<p class=\"c\">").append(esc(subtitle(report))).append("</p>");
		if (report.approved()) {
			h.append("<p class=\"r\">Утверждена ").append(RussianText.date(report.approvedOn())).append("</p>");
		}
		h.append("<h2>1. Целевые показатели</h2>").append(htmlTable(indicatorRows(c)));
		h.append(img(Charts.percentBars("Значения показателей и целевые значения", indicatorBars(c))));
		h.append("<h2>2. Динамика показателей</h2>").append(htmlTable(trendRows(c)));
		if (!c.indicators().isEmpty()) {
			var main = c.indicators().get(0);
			h.append(img(Charts.percentBars("Динамика: " + shorten(main.name()), trendBars(main))));
		}
		h.append("<h2>3. Образовательные организации</h2>").append(htmlTable(schoolRows(c)));
		h.append("<h2>4. Формы наставничества</h2>").append(htmlTable(formRows(c)));
		h.append("<h2>5. Педагогические кадры и наставники</h2>").append(htmlTable(staffRows(c)));
		h.append("<p>Наставников в действующих парах: ").append(c.activeMentors()).append(", из них прошли обучение: ")
			.append(c.trainedMentors()).append(". Педагогов-наставников молодых учителей: ").append(c.teacherMentorsOfYoung())
			.append(".</p>");
		h.append("<h2>6. Готовность образовательных организаций</h2><p>Образовательных организаций: ").append(c.schoolsTotal())
			.append("; без документации, регламентирующей наставничество: ").append(c.schoolsLackingDocuments()).append(" (")
			.append(esc(pct(c.shareLackingDocuments()))).append(").</p>");
		for (String gap : c.readinessGaps()) {
			h.append("<p>– ").append(esc(gap)).append("</p>");
		}
		h.append("<h2>Результаты мониторинга</h2><ol>");
		for (String finding : c.findings()) {
			h.append("<li>").append(esc(finding)).append("</li>");
		}
		h.append("</ol><h2>Выводы и рекомендации</h2>");
		for (String line : report.conclusions().split("\n")) {
			h.append("<p>").append(esc(line)).append("</p>");
		}
		return h.append("</body></html>").toString();
	}

	private static String img(byte[] png) {
		return "<p><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"/></p>";
	}

	private static String htmlTable(List<List<String>> rows) {
		var h = new StringBuilder("<table>");
		for (int r = 0; r < rows.size(); r++) {
			h.append("<tr>");
			for (String cell : rows.get(r)) {
				String tag = r == 0 ? "th" : "td";
				h.append('<').append(tag).append('>').append(esc(cell)).append("</").append(tag).append('>');
			}
			h.append("</tr>");
		}
		return h.append("</table>").toString();
	}

	static String esc(String s) {
		if (s == null) {
			return "";
		}
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("\u00a0", "&#160;");
	}
}
