package ru.nastavnik.roadmap.adapter.out.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.domain.export.RoadmapDocuments;
import ru.nastavnik.roadmap.domain.export.RoadmapReport;

/**
 * The roadmap as DOCX (landscape A4, the table of the seed documents: № / Мероприятие / Сроки / Ответственные /
 * Результат, a section heading row spanning the table where the roadmap has sections, optional status column) and as
 * XLSX with the same columns.
 */
@Component
public class PoiRoadmapDocuments implements RoadmapDocuments {

    static final List<String> COLUMNS = List.of("№ п/п", "Мероприятие", "Сроки", "Ответственные", "Результат");

    private static final int[] DOCX_WIDTHS = {700, 5200, 2200, 2600, 3200, 1800};

    @Override
    public byte[] docx(RoadmapReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(doc);
            paragraph(doc, report.heading(), true, false, ParagraphAlignment.CENTER, 14);
            paragraph(doc, report.title(), true, false, ParagraphAlignment.CENTER, 12);
            if (!report.basis().isEmpty()) {
                paragraph(doc, "Основание: " + report.basis(), false, true, ParagraphAlignment.RIGHT, 10);
            }
            if (!report.approval().isEmpty()) {
                paragraph(doc, report.approval(), false, true, ParagraphAlignment.RIGHT, 10);
            }
            List<String> header = columns(report);
            XWPFTable table = doc.createTable(1, header.size());
            table.setWidth("100%");
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < header.size(); c++) {
                cell(head.getCell(c), header.get(c), true, DOCX_WIDTHS[c]);
            }
            for (RoadmapReport.Section section : report.sections()) {
                if (!section.isUnnamed()) {
                    XWPFTableRow row = table.createRow();
                    XWPFTableCell first = row.getCell(0);
                    cell(first, (section.number().isEmpty() ? "" : section.number() + ". ") + section.title(), true, 0);
                    CTTcPr pr = first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr();
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(header.size()));
                    while (row.getTableCells().size() > 1) {
                        row.removeCell(1);
                        row.getCtRow().removeTc(1);
                    }
                }
                for (RoadmapReport.Row r : section.rows()) {
                    XWPFTableRow row = table.createRow();
                    List<String> values = values(report, r);
                    for (int c = 0; c < values.size(); c++) {
                        cell(row.getCell(c), values.get(c), false, DOCX_WIDTHS[c]);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Не удалось сформировать документ DOCX", e);
        }
    }

    @Override
    public byte[] xlsx(RoadmapReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Дорожная карта");
            List<String> header = columns(report);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle title = book.createCellStyle();
            title.setFont(bold);
            title.setWrapText(true);
            CellStyle head = bordered(book);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = bordered(book);
            CellStyle sectionStyle = bordered(book);
            sectionStyle.setFont(bold);
            int r = 0;
            r = merged(sheet, r, report.heading(), title, header.size());
            r = merged(sheet, r, report.title(), title, header.size());
            if (!report.basis().isEmpty()) {
                r = merged(sheet, r, "Основание: " + report.basis(), null, header.size());
            }
            if (!report.approval().isEmpty()) {
                r = merged(sheet, r, report.approval(), null, header.size());
            }
            r++;
            Row headRow = sheet.createRow(r++);
            for (int c = 0; c < header.size(); c++) {
                var cell = headRow.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(head);
            }
            for (RoadmapReport.Section section : report.sections()) {
                if (!section.isUnnamed()) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < header.size(); c++) {
                        row.createCell(c).setCellStyle(sectionStyle);
                    }
                    row.getCell(0).setCellValue((section.number().isEmpty() ? "" : section.number() + ". ") + section.title());
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, header.size() - 1));
                    r++;
                }
                for (RoadmapReport.Row item : section.rows()) {
                    Row row = sheet.createRow(r++);
                    List<String> values = values(report, item);
                    for (int c = 0; c < values.size(); c++) {
                        var cell = row.createCell(c);
                        cell.setCellValue(values.get(c));
                        cell.setCellStyle(body);
                    }
                }
            }
            int[] widths = {8, 60, 22, 30, 36, 24};
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, headRow.getRowNum() + 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Не удалось сформировать книгу XLSX", e);
        }
    }

    private static List<String> columns(RoadmapReport report) {
        List<String> header = new ArrayList<>(COLUMNS);
        if (report.withStatus()) {
            header.add("Статус");
        }
        return header;
    }

    private static List<String> values(RoadmapReport report, RoadmapReport.Row r) {
        List<String> values = new ArrayList<>(List.of(r.number(), r.title(), r.schedule(), r.responsible(), r.result()));
        if (report.withStatus()) {
            values.add(r.status());
        }
        return values;
    }

    private static CellStyle bordered(XSSFWorkbook book) {
        CellStyle style = book.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static int merged(Sheet sheet, int r, String text, CellStyle style, int columns) {
        Row row = sheet.createRow(r);
        var cell = row.createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        row.setHeightInPoints(Math.max(15, 15 * (1 + text.length() / 120)));
        return r + 1;
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, boolean italic, ParagraphAlignment align,
            int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
        run.setFontFamily("Times New Roman");
        run.setText(text);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, int width) {
        if (width > 0) {
            cell.setWidth(String.valueOf(width));
        }
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(10);
        run.setFontFamily("Times New Roman");
        run.setText(text == null ? "" : text);
    }
}
