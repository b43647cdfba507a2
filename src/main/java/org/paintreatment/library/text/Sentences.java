package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into sentences: after ". ", "! " or "? " followed by a capital, digit or quote.
 * (A hand-written scanner for the boundaries that the regular expression
 * {@code (?<=[.!?]["'\u201D\u2019)]?)\s+(?=[\p{Lu}\p{N}"'\u201C\u2018(])} finds: every
 * article's sentences are split at import, and the scanner takes a fraction of the time.)
 */
public final class Sentences {

	private static final String CLOSERS = "\"'\u201D\u2019)";

	private static final String OPENERS = "\"'\u201C\u2018(";

	private Sentences() {
	}

	public static List<String> split(String text) {
		String stripped = text.strip();
		List<String> sentences = new ArrayList<>();
		int sentenceStart = 0;
		// Only the few places after a "." "!" or "?" can be boundaries: found with indexOf, which
		// is much faster than looking at every character.
		int dot = stripped.indexOf('.');
		int bang = stripped.indexOf('!');
		int question = stripped.indexOf('?');
		while (dot >= 0 || bang >= 0 || question >= 0) {
			int end = firstOf(dot, firstOf(bang, question));
			int spaceStart = end + 1;
			if (spaceStart < stripped.length() && CLOSERS.indexOf(stripped.charAt(spaceStart)) >= 0) {
				spaceStart++;
			}
			int spaceEnd = spaceStart;
			while (spaceEnd < stripped.length() && isSpace(stripped.charAt(spaceEnd))) {
				spaceEnd++;
			}
			if (spaceEnd > spaceStart && spaceEnd < stripped.length() && startsSentence(stripped.codePointAt(spaceEnd))) {
				add(sentences, stripped.substring(sentenceStart, spaceStart));
				sentenceStart = spaceEnd;
			}
			dot = dot == end ? stripped.indexOf('.', end + 1) : dot;
			bang = bang == end ? stripped.indexOf('!', end + 1) : bang;
			question = question == end ? stripped.indexOf('?', end + 1) : question;
		}
		add(sentences, stripped.substring(sentenceStart));
		return sentences;
	}

	/** The smaller of two positions, -1 meaning none. */
	private static int firstOf(int one, int other) {
		return one < 0 ? other : other < 0 ? one : Math.min(one, other);
	}

	/** Whitespace as {@code \s} means it: space, tab, line breaks, vertical tab, form feed. */
	static boolean isSpace(char c) {
		return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
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
