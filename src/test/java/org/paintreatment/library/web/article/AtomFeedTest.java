package org.paintreatment.library.web.article;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.FeedEntry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class AtomFeedTest {

	@Test
	void markupAndControlCharactersInTitlesComeOutAsText() throws Exception {
		String title = "Heat & ice </title><script>alert(1)</script> \u0007\"quoted\"";
		String xml = AtomFeed.xml("https://library.example.org",
				List.of(new FeedEntry("heat", title, "Less <b>than</b> & more", Instant.parse("2026-01-02T03:04:05Z"),
						null)));

		Document feed = parse(xml);
		Element entry = (Element) feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").item(0);
		assertThat(entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "title").item(0).getTextContent())
			.isEqualTo("Heat & ice </title><script>alert(1)</script> \"quoted\"");
		assertThat(entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "summary").item(0).getTextContent())
			.isEqualTo("Less <b>than</b> & more");
		assertThat(entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "script").getLength()).isZero();
		assertThat(entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "updated").item(0).getTextContent())
			.isEqualTo("2026-01-02T03:04:05Z");
		assertThat(((Element) entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0)).getAttribute("href"))
			.isEqualTo("https://library.example.org/articles/heat");
	}

	@Test
	void emptyLibraryIsAValidFeedWithoutEntries() throws Exception {
		Document feed = parse(AtomFeed.xml("http://localhost", List.of()));

		assertThat(feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").getLength()).isZero();
		assertThat(feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "updated").getLength()).isEqualTo(1);
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
