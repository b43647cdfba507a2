package org.paintreatment.library.text;

/**
 * One structural piece of a scraped article: a heading, a sub-heading (of a section within the
 * last heading's), a list item or a paragraph.
 */
public record Block(Kind kind, String text) {

	public enum Kind {
		HEADING, SUBHEADING, LIST_ITEM, PARAGRAPH
	}

	public Block {
		if (kind == null || text == null || text.isBlank()) {
			throw new IllegalArgumentException("a block needs a kind and some text");
		}
		text = text.strip();
	}

	public static Block heading(String text) {
		return new Block(Kind.HEADING, text);
	}

	public static Block subheading(String text) {
		return new Block(Kind.SUBHEADING, text);
	}

	public static Block listItem(String text) {
		return new Block(Kind.LIST_ITEM, text);
	}

	public static Block paragraph(String text) {
		return new Block(Kind.PARAGRAPH, text);
	}

	public boolean isHeading() {
		return kind == Kind.HEADING || kind == Kind.SUBHEADING;
	}

}
