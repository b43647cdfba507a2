package org.paintreatment.library.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into sentences: after ". ", "! " or "? " followed by a capital, digit or quote.
 * (A hand-written scanner for the boundaries that the regular expression
 * {@code (?<=[.!?]["'\u201D\u2019)]?)\s+(?=[\p{Lu}\p{N}"'\u201C\u2018(])} finds: every
 * article's sentences are split at import, and the scanner takes a fraction of the time.)
 */
public final class Sentences {

	private static final String ENDS = ".!?";

	private static final String CLOSERS = "\"'\u201D\u2019)";

	private static final String OPENERS = "\"'\u201C\u2018(";

	private Sentences() {
	}

	public static List<String> split(String text) {
		String stripped = text.strip();
		List<String> sentences = new ArrayList<>();
		int sentenceStart = 0;
		int index = 0;
		while (index < stripped.length()) {
			if (!isSpace(stripped.charAt(index))) {
				index++;
				continue;
			}
			int spaceStart = index;
			while (index < stripped.length() && isSpace(stripped.charAt(index))) {
				index++;
			}
			if (index < stripped.length() && endsSentence(stripped, spaceStart)
					&& startsSentence(stripped.codePointAt(index))) {
				add(sentences, stripped.substring(sentenceStart, spaceStart));
				sentenceStart = index;
			}
		}
		add(sentences, stripped.substring(sentenceStart));
		return sentences;
	}

	/** Whitespace as {@code \s} means it: space, tab, line breaks, vertical tab, form feed. */
	static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** "." "!" or "?", perhaps followed by one closing quote or bracket, just before {@code end}. */
	private static boolean endsSentence(String text, int end) {
		char last = text.charAt(end - 1);
		if (ENDS.indexOf(last) >= 0) {
			return true;
		}
		return CLOSERS.indexOf(last) >= 0 && end >= 2 && ENDS.indexOf(text.charAt(end - 2)) >= 0;
	}

	/** A capital letter, a number, or an opening quote or bracket. */
	private static boolean startsSentence(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
					Character.OTHER_NUMBER -> true;
			default -> OPENERS.indexOf(codePoint) >= 0;
		};
	}

	private static void add(List<String> sentences, String piece) {
		if (!piece.isBlank()) {
			sentences.add(piece.strip());
		}
	}

}
