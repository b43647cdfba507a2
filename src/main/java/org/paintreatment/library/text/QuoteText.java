package org.paintreatment.library.text;

import java.util.Locale;

import org.paintreatment.library.kernel.Sha256;

/**
 * Text as a quote is compared: runs of whitespace as one space, curly quote marks as straight
 * ones, dashes as hyphens, and letters in lower case, so that a quote a librarian typed, or a
 * sentence as the classifier kept it, is found in the article however its spaces and quote marks
 * were written. Each character of the compared text remembers where it stands in the original.
 */
final class QuoteText {

	/** The start of the id of a quoted sentence's place in the article. */
	static final String ID_PREFIX = "quote-";

	private static final int ID_HEX_DIGITS = 10;

	private final String compared;

	private final int[] original;

	private QuoteText(String compared, int[] original) {
		this.compared = compared;
		this.original = original;
	}

	static QuoteText of(String text) {
		StringBuilder compared = new StringBuilder(text.length());
		int[] original = new int[text.length() + 1];
		boolean space = true;
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if (Character.isWhitespace(c) || c == '\u00A0') {
				space = true;
				continue;
			}
			if (space && compared.length() > 0) {
				original[compared.length()] = index - 1;
				compared.append(' ');
			}
			space = false;
			original[compared.length()] = index;
			compared.append(comparable(c));
		}
		original[compared.length()] = text.length();
		return new QuoteText(compared.toString(), original);
	}

	/** {@code text} as compared. */
	static String normalise(String text) {
		return of(text).compared;
	}

	/**
	 * The id of the place where {@code sentence} stands in the article: the same for the same
	 * sentence however it is spaced, made of hex digits, so never one a heading could be given.
	 */
	static String idOf(String sentence) {
		return ID_PREFIX + Sha256.hex(normalise(sentence)).substring(0, ID_HEX_DIGITS);
	}

	private static char comparable(char c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
			default -> Character.toLowerCase(c);
		};
	}

	String compared() {
		return compared;
	}

	/** Where the compared text's characters from {@code start} up to {@code end} stand in the original. */
	int originalStart(int start) {
		return original[start];
	}

	int originalEnd(int end) {
		return end == 0 ? 0 : original[end - 1] + 1;
	}

}
