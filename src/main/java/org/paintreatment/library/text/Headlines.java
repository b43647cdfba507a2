package org.paintreatment.library.text;

import java.util.List;

/**
 * Derives a human title and a short summary from an article's blocks when no editor gave them.
 */
public final class Headlines {

	public static final int MAX_TITLE_CHARS = 90;

	public static final int MAX_SUMMARY_CHARS = 280;

	/** The title of last resort, for a file whose text and name give no words. */
	public static final String UNTITLED = "Untitled article";

	private Headlines() {
	}

	/**
	 * The first heading; failing that, the first sentence with more than punctuation in it, shortened at a
	 * word boundary; failing that, the file name. Never blank.
	 */
	public static String deriveTitle(List<Block> blocks, String fileName) {
		for (Block block : blocks) {
			if (block.isHeading()) {
				return shorten(block.text(), MAX_TITLE_CHARS);
			}
		}
		for (Block block : blocks) {
			for (String sentence : Sentences.split(block.text())) {
				String title = shorten(sentence.replaceAll("[.!?:;,]+$", ""), MAX_TITLE_CHARS);
				if (!title.isEmpty()) {
					return title;
				}
			}
		}
		String fromName = shorten(fileName.replaceAll("\\.[^.]+$", "").replaceAll("[_-]+", " ").strip(), MAX_TITLE_CHARS);
		return fromName.isEmpty() ? UNTITLED : fromName;
	}

	/** Whole opening sentences of the first paragraph, as many as fit. */
	public static String deriveSummary(List<Block> blocks) {
		for (Block block : blocks) {
			if (block.kind() == Block.Kind.PARAGRAPH) {
				return leadingSentences(block.text());
			}
		}
		return blocks.isEmpty() ? "" : shorten(blocks.get(0).text(), MAX_SUMMARY_CHARS);
	}

	private static String leadingSentences(String paragraph) {
		StringBuilder summary = new StringBuilder();
		for (String sentence : Sentences.split(paragraph)) {
			if (summary.length() + sentence.length() + 1 > MAX_SUMMARY_CHARS) {
				break;
			}
			summary.append(summary.isEmpty() ? "" : " ").append(sentence);
		}
		return summary.isEmpty() ? shorten(paragraph, MAX_SUMMARY_CHARS) : summary.toString();
	}

	/** Cuts text to at most {@code max} characters at a word boundary, ending with an ellipsis. */
	public static String shorten(String text, int max) {
		String clean = text.strip().replaceAll("\\s+", " ");
		if (clean.length() <= max) {
			return clean;
		}
		String cut = clean.substring(0, max - 1);
		int space = cut.lastIndexOf(' ');
		if (space > max / 2) {
			cut = cut.substring(0, space);
		}
		return cut.replaceAll("[\\s,;:.\u2013\u2014-]+$", "") + "\u2026";
	}

}
