package ru.nastavnik.monitoring.adapter.out.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import ru.nastavnik.monitoring.domain.RussianText;

/**
 * Bar charts drawn server-side with Java2D (no browser, no system fonts: the Liberation Sans that PDFBox ships, which
 * has Cyrillic), as PNG for the DOCX and the PDF alike.
 */
final class Charts {

	/** One bar: its label, value and (optional) target drawn as a marker. */
	record Bar(String label, BigDecimal value, BigDecimal target) {
	}

	static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final Font BASE = loadFont();

	private static final Color BAR = new Color(0x2f, 0x6f, 0xb3);

	private static final Color TARGET = new Color(0xc0, 0x39, 0x2b);

	private Charts() {
	}

	private static Font loadFont() {
		try (InputStream in = Charts.class.getResourceAsStream(FONT_RESOURCE)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException | NullPointerException e) {
			return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		}
	}

	static byte[] fontBytes() {
		try (InputStream in = Charts.class.getResourceAsStream(FONT_RESOURCE)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Horizontal bars (percent, 0–100) with target markers, one row per bar. */
	static byte[] percentBars(String title, List<Bar> bars) {
		int width = 1000;
		int row = 46;
		int top = 60;
		int left = 430;
		int right = 70;
		int height = top + Math.max(1, bars.size()) * row + 50;
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(Color.BLACK);
			g.setFont(BASE.deriveFont(Font.PLAIN, 20f));
			g.drawString(title, 20, 34);
			int plot = width - left - right;
			g.setFont(BASE.deriveFont(Font.PLAIN, 13f));
			g.setColor(new Color(0xdd, 0xdd, 0xdd));
			for (int p = 0; p <= 100; p += 20) {
				int x = left + plot * p / 100;
				g.drawLine(x, top - 6, x, top + bars.size() * row);
				g.setColor(Color.DARK_GRAY);
				g.drawString(p + "\u00a0%", x - 12, top + bars.size() * row + 20);
				g.setColor(new Color(0xdd, 0xdd, 0xdd));
			}
			for (int i = 0; i < bars.size(); i++) {
				Bar bar = bars.get(i);
				int y = top + i * row;
				g.setColor(Color.BLACK);
				g.setFont(BASE.deriveFont(Font.PLAIN, 13f));
				int line = 0;
				for (String part : wrap(bar.label(), 58, 2)) {
					g.drawString(part, 20, y + 18 + line * 16);
					line++;
				}
				double value = bar.value() == null ? 0 : Math.min(100, bar.value().doubleValue());
				int w = (int) Math.round(plot * value / 100);
				g.setColor(BAR);
				g.fillRect(left, y + 6, Math.max(w, 1), row - 16);
				g.setColor(Color.BLACK);
				g.drawString(RussianText.percent(bar.value()), left + w + 6, y + 24);
				if (bar.target() != null) {
					int x = left + (int) Math.round(plot * Math.min(100, bar.target().doubleValue()) / 100);
					g.setColor(TARGET);
					g.setStroke(new BasicStroke(3f));
					g.drawLine(x, y + 2, x, y + row - 6);
					g.setStroke(new BasicStroke(1f));
				}
			}
			g.setColor(TARGET);
			g.fillRect(width - 260, 18, 14, 4);
			g.setColor(Color.DARK_GRAY);
			g.drawString("целевое значение", width - 240, 25);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}


	private static List<String> wrap(String text, int max, int lines) {
		var out = new ArrayList<String>();
		var current = new StringBuilder();
		for (String word : text.split(" ")) {
			if (current.length() + word.length() + 1 > max && current.length() > 0) {
				out.add(current.toString());
				current = new StringBuilder();
				if (out.size() == lines) {
					break;
				}
			}
			if (current.length() > 0) {
				current.append(' ');
			}
			current.append(word);
		}
		if (out.size() < lines && current.length() > 0) {
			out.add(current.toString());
		}
		else if (out.size() == lines) {
			String last = out.get(lines - 1);
			out.set(lines - 1, last.length() > max - 1 ? last.substring(0, max - 1) + "…" : last + "…");
		}
		return out;
	}

	private static byte[] png(BufferedImage image) {
		try {
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
