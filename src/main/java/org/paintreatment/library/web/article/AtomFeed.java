package org.paintreatment.library.web.article;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.paintreatment.library.article.FeedEntry;

/**
 * The Atom document of the newest articles (RFC 4287), written with the JDK's XML writer, which
 * escapes text and attributes; characters XML cannot hold at all are left out first.
 */
final class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private AtomFeed() {
	}

	static String xml(String base, List<FeedEntry> entries) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			text(xml, "id", base + "/feed.atom");
			text(xml, "title", "Pain Treatment Library: new and updated articles");
			link(xml, "self", base + "/feed.atom");
			link(xml, "alternate", base + "/articles");
			text(xml, "updated", entries.isEmpty() ? Instant.EPOCH.toString() : entries.get(0).importedAt().toString());
			xml.writeStartElement("author");
			text(xml, "name", "Pain Treatment Library");
			xml.writeEndElement();
			for (FeedEntry entry : entries) {
				entry(xml, base, entry);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write the feed", ex);
		}
		return out.toString();
	}

	private static void entry(XMLStreamWriter xml, String base, FeedEntry entry) throws XMLStreamException {
		String url = base + "/articles/" + entry.slug();
		xml.writeStartElement("entry");
		text(xml, "id", url);
		text(xml, "title", entry.title());
		link(xml, "alternate", url);
		text(xml, "updated", entry.importedAt().toString());
		if (entry.author() != null) {
			xml.writeStartElement("author");
			text(xml, "name", entry.author());
			xml.writeEndElement();
		}
		text(xml, "summary", entry.summary());
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlChars(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", xmlChars(href));
	}

	/** The text without the characters XML 1.0 cannot hold (controls other than tab and line breaks). */
	static String xmlChars(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
					|| c >= 0x10000 && c <= 0x10FFFF)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
