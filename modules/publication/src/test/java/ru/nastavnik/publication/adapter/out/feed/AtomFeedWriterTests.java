package ru.nastavnik.publication.adapter.out.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class AtomFeedWriterTests {

	/** Parses a feed namespace-aware, as an aggregator would. */
	public static Document parse(String xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	public static String child(Element parent, String name) {
		var list = parent.getElementsByTagNameNS(AtomFeedWriter.ATOM, name);
		return list.getLength() == 0 ? null : list.item(0).getTextContent();
	}

	@Test
	void writesAValidAtomFeedWithEscapedText() throws Exception {
		var entry = new AtomFeedWriter.Entry("urn:uuid:1", "Новость <b>&</b> «кавычки»", "https://x/public/s/news/1",
				Instant.parse("2024-03-01T10:15:30.123Z"), Instant.parse("2024-03-01T10:15:30.123Z"), "Новость",
				"Кратко\u0001 о главном");
		String xml = AtomFeedWriter.write(new AtomFeedWriter.Feed("urn:uuid:feed", "Целевая модель наставничества",
				"подзаголовок", "Управление образования", "https://x/public/s/feed.atom", "https://x/public/s",
				Instant.parse("2024-03-01T10:15:30Z"), List.of(entry)));

		Document doc = parse(xml);
		Element feed = doc.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeedWriter.ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(child(feed, "id")).isEqualTo("urn:uuid:feed");
		assertThat(child(feed, "updated")).isEqualTo("2024-03-01T10:15:30Z");
		assertThat(child((Element) feed.getElementsByTagNameNS(AtomFeedWriter.ATOM, "author").item(0), "name"))
			.isEqualTo("Управление образования");
		var links = feed.getElementsByTagNameNS(AtomFeedWriter.ATOM, "link");
		assertThat(((Element) links.item(0)).getAttribute("rel")).isEqualTo("self");
		var entries = feed.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry");
		assertThat(entries.getLength()).isEqualTo(1);
		Element e = (Element) entries.item(0);
		assertThat(child(e, "title")).isEqualTo("Новость <b>&</b> «кавычки»");
		assertThat(child(e, "updated")).isEqualTo("2024-03-01T10:15:30Z");
		assertThat(child(e, "summary")).isEqualTo("Кратко о главном");
		assertThat(((Element) e.getElementsByTagNameNS(AtomFeedWriter.ATOM, "link").item(0)).getAttribute("href"))
			.isEqualTo("https://x/public/s/news/1");
	}
}
