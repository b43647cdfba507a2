package org.paintreatment.library.text;

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

	private static final String LIST_MARKERS = "-*\u2022";

	private static final Pattern LIST_MARKER = Pattern.compile("^[" + LIST_MARKERS + "]\\s+");

	private static final String CLOSERS = "\"'\u201D\u2019)";

	public List<Block> parse(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String rawLine : text.split("\n")) {
			String line = rawLine.strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher marker = LIST_MARKER.matcher(line);
			if (LIST_MARKERS.indexOf(line.charAt(0)) >= 0 && marker.find() && !line.substring(marker.end()).isBlank()) {
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
		int index = line.length() - 1;
		while (index >= 0 && ".!?".indexOf(line.charAt(index)) < 0) {
			index--;
		}
		if (index < 0) {
			return -1;
		}
		int end = index + 1;
		while (end < line.length() && CLOSERS.indexOf(line.charAt(end)) >= 0) {
			end++;
		}
		return end;
	}

	/**
	 * Whether at least 70% of the words of four letters or more (not counting what precedes a
	 * word's first letter) start with a capital.
	 */
	static boolean isTitleCase(String text) {
		int significant = 0;
		int capitalised = 0;
		int index = 0;
		while (index < text.length()) {
			while (index < text.length() && Sentences.isSpace(text.charAt(index))) {
				index++;
			}
			int wordEnd = index;
			while (wordEnd < text.length() && !Sentences.isSpace(text.charAt(wordEnd))) {
				wordEnd++;
			}
			int letters = index;
			while (letters < wordEnd && !Character.isLetter(text.codePointAt(letters))) {
				letters += Character.charCount(text.codePointAt(letters));
			}
			if (wordEnd - letters >= 4) {
				significant++;
				if (Character.isUpperCase(text.charAt(letters))) {
					capitalised++;
				}
			}
			index = wordEnd;
		}
		return significant > 0 && capitalised * 10 >= significant * 7;
	}

	/** The number of words: runs of characters other than whitespace ({@code \s}). */
	static int wordCount(String text) {
		int words = 0;
		boolean inWord = false;
		for (int index = 0; index < text.length(); index++) {
			boolean space = Sentences.isSpace(text.charAt(index));
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

}
