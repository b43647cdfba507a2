package org.paintreatment.library.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lowercase, accent-free, lightly stemmed word tokens, so that a phrase written in the singular
 * also finds the plural ("opioid receptor" finds "opioid receptors", "vary" finds "varies").
 */
public final class Tokens {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Tokens() {
	}

	public static List<String> stemmed(String text) {
		return stemmed(text, false);
	}

	static List<String> stemmed(String text, boolean keepGaps) {
		// ASCII text has nothing to fold, and is lowercased a word at a time (most words need nothing).
		boolean ascii = isAscii(text);
		String folded = ascii ? text
				: MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
		// Words are the runs of letters and numbers (\p{L}, \p{N}), and of "*" when gaps are kept.
		List<String> tokens = new ArrayList<>();
		int start = -1;
		for (int index = 0; index < folded.length();) {
			int codePoint = folded.codePointAt(index);
			boolean inWord = isLetterOrNumber(codePoint) || keepGaps && codePoint == '*';
			if (inWord && start < 0) {
				start = index;
			}
			else if (!inWord && start >= 0) {
				tokens.add(stem(word(folded, start, index, ascii)));
				start = -1;
			}
			index += Character.charCount(codePoint);
		}
		if (start >= 0) {
			tokens.add(stem(word(folded, start, folded.length(), ascii)));
		}
		return tokens;
	}

	private static String word(String text, int start, int end, boolean ascii) {
		String word = text.substring(start, end);
		return ascii ? word.toLowerCase(Locale.ROOT) : word;
	}

	private static boolean isLetterOrNumber(int codePoint) {
		if (codePoint < 0x80) {
			return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
					|| codePoint >= '0' && codePoint <= '9';
		}
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> false;
		};
	}

	/** ASCII text has no accents to fold and nothing for NFKD to change. */
	private static boolean isAscii(String text) {
		for (int index = 0; index < text.length(); index++) {
			if (text.charAt(index) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	static String stem(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
				&& !word.endsWith("is")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}
