package org.paintreatment.library.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the structure of a scraped web page saved as plain text: a short stand-alone line
 * without closing punctuation is a heading, a line starting with "- " is a list item, the rest
 * are paragraphs. A page title that the scraper glued to the end of the first paragraph is split
 * off as a heading of its own.
 */
public final class ScrapedTextParser {

	static final int MAX_HEADING_WORDS = 16;

	static final int MAX_HEADING_CHARS = 120;

	private static final Pattern LIST_MARKER = Pattern.compile("^[-*\u2022]\\s+");

	private static final String CLOSERS = "\"'\u201D\u2019)";

	public List<Block> parse(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String rawLine : text.split("\n")) {
			String line = rawLine.strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher marker = LIST_MARKER.matcher(line);
			if (marker.find() && !line.substring(marker.end()).isBlank()) {
				blocks.add(Block.listItem(line.substring(marker.end())));
			}
			else if (isHeadingLike(line)) {
				blocks.add(Block.heading(line));
			}
			else {
				addParagraph(blocks, line);
			}
		}
		return blocks;
	}

	static boolean isHeadingLike(String line) {
		if (line.length() > MAX_HEADING_CHARS || wordCount(line) > MAX_HEADING_WORDS) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		if (last == '?') {
			return isTitleCase(line);
		}
		return ".!,;:\u2026\"\u201D*".indexOf(last) < 0;
	}

	/** A glued-on title is a title-case fragment after the paragraph's last full sentence. */
	private static void addParagraph(List<Block> blocks, String line) {
		int end = lastSentenceEnd(line);
		if (end > 0 && end < line.length() && Character.isWhitespace(line.charAt(end))) {
			String fragment = line.substring(end).strip();
			int words = wordCount(fragment);
			if (words >= 3 && words <= 12 && isTitleCase(fragment) && isHeadingLike(fragment)) {
				blocks.add(Block.paragraph(line.substring(0, end)));
				blocks.add(Block.heading(fragment));
				return;
			}
		}
		blocks.add(Block.paragraph(line));
	}

	/** Just after the last ".", "!" or "?" and any closing quote or bracket; -1 if none. */
	private static int lastSentenceEnd(String line) {
		int index = Math.max(line.lastIndexOf('.'), Math.max(line.lastIndexOf('!'), line.lastIndexOf('?')));
		if (index < 0) {
			return -1;
		}
		int end = index + 1;
		while (end < line.length() && CLOSERS.indexOf(line.charAt(end)) >= 0) {
			end++;
		}
		return end;
	}

	static boolean isTitleCase(String text) {
		String[] words = text.split("\\s+");
		int significant = 0;
		int capitalised = 0;
		for (String word : words) {
			String letters = word.replaceAll("^[^\\p{L}]+", "");
			if (letters.length() < 4) {
				continue;
			}
			significant++;
			if (Character.isUpperCase(letters.charAt(0))) {
				capitalised++;
			}
		}
		return significant > 0 && capitalised * 10 >= significant * 7;
	}

	/** The number of words: runs of characters other than whitespace ({@code \s}). */
	static int wordCount(String text) {
		String stripped = text.strip();
		if (stripped.isEmpty()) {
			return 0;
		}
		int words = 1;
		for (int index = 1; index < stripped.length(); index++) {
			if (!Sentences.isSpace(stripped.charAt(index)) && Sentences.isSpace(stripped.charAt(index - 1))) {
				words++;
			}
		}
		return words;
	}

}
