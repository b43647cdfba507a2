package org.paintreatment.library.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lowercase, accent-free, lightly stemmed word tokens, so that a phrase written in the singular
 * also finds the plural ("opioid receptor" finds "opioid receptors", "vary" finds "varies").
 */
public final class Tokens {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Stands for every word a vocabulary does not know; never a word itself. */
	static final String OTHER = "\u0000";

	private Tokens() {
	}

	public static List<String> stemmed(String text) {
		return stemmed(text, false);
	}

	static List<String> stemmed(String text, boolean keepGaps) {
		boolean ascii = isAscii(text);
		String folded = ascii ? text : folded(text);
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

	/**
	 * The tokens of {@link #stemmed(String)}, except that a word the vocabulary does not know is
	 * {@link #OTHER}, and one it knows is the vocabulary's own String (equal, and identical).
	 */
	static List<String> stemmed(String text, Vocabulary vocabulary) {
		if (!isAscii(text)) {
			return stemmedFolded(folded(text), vocabulary);
		}
		// Most text is ASCII: read a char at a time, lowercased as it is copied.
		List<String> tokens = new ArrayList<>();
		char[] word = new char[32];
		int length = 0;
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
				if (length == word.length) {
					word = Arrays.copyOf(word, word.length * 2);
				}
				word[length++] = c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c;
			}
			else if (length > 0) {
				tokens.add(known(vocabulary, word, length));
				length = 0;
			}
		}
		if (length > 0) {
			tokens.add(known(vocabulary, word, length));
		}
		return tokens;
	}

	/** As {@link #stemmed(String, Vocabulary)}, for text already folded. */
	private static List<String> stemmedFolded(String folded, Vocabulary vocabulary) {
		List<String> tokens = new ArrayList<>();
		char[] word = new char[32];
		int length = 0;
		for (int index = 0; index <= folded.length();) {
			int codePoint = index < folded.length() ? folded.codePointAt(index) : ' ';
			if (isLetterOrNumber(codePoint)) {
				if (length + 2 > word.length) {
					word = Arrays.copyOf(word, word.length * 2);
				}
				length += Character.toChars(codePoint, word, length);
			}
			else if (length > 0) {
				tokens.add(known(vocabulary, word, length));
				length = 0;
			}
			index += index < folded.length() ? Character.charCount(codePoint) : 1;
		}
		return tokens;
	}

	private static String known(Vocabulary vocabulary, char[] word, int length) {
		String known = vocabulary.find(word, stem(word, length));
		return known != null ? known : OTHER;
	}

	/** Lowercase, with accents and other marks taken off. */
	private static String folded(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static String word(String text, int start, int end, boolean ascii) {
		String word = text.substring(start, end);
		return ascii ? word.toLowerCase(Locale.ROOT) : word;
	}

	/** A letter or a number, as {@code [\p{L}\p{N}]} has it. */
	public static boolean isLetterOrNumber(int codePoint) {
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

	/** {@link #stem(String)} on the word in {@code word[0, length)}, in place: the stem's length. */
	private static int stem(char[] word, int length) {
		if (length > 4 && endsWith(word, length, "ies")) {
			word[length - 3] = 'y';
			return length - 2;
		}
		if (length > 3 && word[length - 1] == 's' && !endsWith(word, length, "ss") && !endsWith(word, length, "us")
				&& !endsWith(word, length, "is")) {
			return length - 1;
		}
		return length;
	}

	private static boolean endsWith(char[] word, int length, String suffix) {
		for (int index = 0; index < suffix.length(); index++) {
			if (word[length - suffix.length() + index] != suffix.charAt(index)) {
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
