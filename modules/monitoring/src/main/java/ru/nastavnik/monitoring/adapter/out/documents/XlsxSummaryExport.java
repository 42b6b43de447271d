package ru.nastavnik.monitoring.adapter.out.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorValue;
import ru.nastavnik.monitoring.domain.RegionalSummary;
import ru.nastavnik.monitoring.domain.RussianText;
import ru.nastavnik.monitoring.domain.SummaryExport;

/** The regional summary as an XLSX workbook: one row per municipality, aggregates only. */
@Component
class XlsxSummaryExport implements SummaryExport {

	@Override
	public byte[] xlsx(RegionalSummary summary) {
		var indicators = new LinkedHashMap<String, String>();
		var forms = new TreeSet<String>();
		for (var m : summary.municipalities()) {
			m.indicators().forEach(v -> indicators.putIfAbsent(v.code(), v.name()));
			forms.addAll(m.pairsByForm().keySet());
		}
		try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = book.createSheet("Сводка");
			var bold = book.createCellStyle();
			var font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			var percent = book.createCellStyle();
			percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue("Сводка по муниципалитетам: " + summary.regionName() + " на "
					+ RussianText.date(summary.date()));
			title.getCell(0).setCellStyle(bold);
			Row head = sheet.createRow(2);
			int col = 0;
			head.createCell(col++).setCellValue("Муниципалитет");
			for (String name : indicators.values()) {
				head.createCell(col++).setCellValue(name + ", %");
				head.createCell(col++).setCellValue("Целевое значение, %");
				head.createCell(col++).setCellValue("Достигнуто");
			}
			for (String header : new String[] { "Мероприятий дорожной карты", "Выполнено", "Просрочено", "Выполнение, %" }) {
				head.createCell(col++).setCellValue(header);
			}
			for (String form : forms) {
				head.createCell(col++).setCellValue("Пар «" + Forms.name(form) + "»");
			}
			head.forEach(c -> c.setCellStyle(bold));
			int r = 3;
			for (var m : summary.municipalities()) {
				Row row = sheet.createRow(r++);
				col = 0;
				row.createCell(col++).setCellValue(m.name());
				Map<String, IndicatorValue> byCode = new LinkedHashMap<>();
				m.indicators().forEach(v -> byCode.put(v.code(), v));
				for (String code : indicators.keySet()) {
					var v = byCode.get(code);
					var value = row.createCell(col++);
					var target = row.createCell(col++);
					var onTrack = row.createCell(col++);
					if (v != null) {
						if (v.value() != null) {
							value.setCellValue(v.value().doubleValue());
							value.setCellStyle(percent);
						}
						if (v.target() != null) {
							target.setCellValue(v.target().doubleValue());
							target.setCellStyle(percent);
						}
						onTrack.setCellValue(v.onTrack() == null ? "—" : v.onTrack() ? "да" : "нет");
					}
				}
				row.createCell(col++).setCellValue(m.roadmap().occurrences());
				row.createCell(col++).setCellValue(m.roadmap().done());
				row.createCell(col++).setCellValue(m.roadmap().overdue());
				var progress = row.createCell(col++);
				if (m.roadmap().progress() != null) {
					progress.setCellValue(m.roadmap().progress().doubleValue());
					progress.setCellStyle(percent);
				}
				for (String form : forms) {
					row.createCell(col++).setCellValue(m.pairsByForm().getOrDefault(form, 0));
				}
			}
			sheet.setColumnWidth(0, 40 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
