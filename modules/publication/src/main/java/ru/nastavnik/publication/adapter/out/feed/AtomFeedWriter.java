package ru.nastavnik.publication.adapter.out.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with StAX: the feed's id, title, updated, author, self and alternate links, and
 * per entry id, title, updated, published, alternate link, category and a plain-text summary. StAX escapes all text,
 * so nothing from the content can break the XML.
 */
public final class AtomFeedWriter {

	public static final String ATOM = "http://www.w3.org/2005/Atom";

	public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

	private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	public record Feed(String id, String title, String subtitle, String authorName, String selfUrl, String pageUrl,
			Instant updated, List<Entry> entries) {
	}

	public record Entry(String id, String title, String url, Instant published, Instant updated, String category,
			String summary) {
	}

	private AtomFeedWriter() {
	}

	public static String write(Feed feed) {
		var out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "ru");
			text(xml, "id", feed.id());
			text(xml, "title", feed.title());
			if (feed.subtitle() != null) {
				text(xml, "subtitle", feed.subtitle());
			}
			text(xml, "updated", time(feed.updated()));
			xml.writeStartElement(ATOM, "author");
			text(xml, "name", feed.authorName());
			xml.writeEndElement();
			link(xml, "self", feed.selfUrl(), "application/atom+xml");
			link(xml, "alternate", feed.pageUrl(), "text/html");
			for (Entry entry : feed.entries()) {
				xml.writeStartElement(ATOM, "entry");
				text(xml, "id", entry.id());
				text(xml, "title", entry.title());
				text(xml, "updated", time(entry.updated()));
				text(xml, "published", time(entry.published()));
				link(xml, "alternate", entry.url(), "text/html");
				if (entry.category() != null) {
					xml.writeEmptyElement(ATOM, "category");
					xml.writeAttribute("term", entry.category());
				}
				xml.writeStartElement(ATOM, "summary");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(clean(entry.summary()));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Atom feed cannot be written", e);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(ATOM, element);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** Drops characters XML 1.0 does not allow (control characters), which would make the feed unreadable. */
	static String clean(String value) {
		if (value == null) {
			return "";
		}
		return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
	}

	static String time(Instant instant) {
		return RFC3339.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}
}
