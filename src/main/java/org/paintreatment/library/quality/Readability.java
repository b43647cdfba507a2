package org.paintreatment.library.quality;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of prose: 0.39 x words per sentence + 11.8 x syllables per word
 * - 15.59 (Kincaid et al., 1975). Syllables are counted by the usual rule of thumb (groups of
 * vowels, a silent final "e", "es" or "ed" left out, as in "make", "makes", "relieved" but not
 * "doses" or "needed"), which is right for most words and close for the
 * rest; the grade is an average, so a word off by one barely moves it.
 */
public final class Readability {

	/** Stored with one decimal in a column that holds up to 99.9. */
	static final double MAX_GRADE = 99.9;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");

	private Readability() {
	}

	/** The grade of these sentences, rounded to one decimal, within [0, 99.9]; null without words. */
	public static Double grade(List<String> sentences) {
		long words = 0;
		long syllables = 0;
		int counted = 0;
		for (String sentence : sentences) {
			Matcher word = WORD.matcher(sentence);
			int before = (int) words;
			while (word.find()) {
				words++;
				syllables += syllables(word.group());
			}
			counted += words > before ? 1 : 0;
		}
		if (words == 0) {
			return null;
		}
		double grade = 0.39 * words / counted + 11.8 * syllables / words - 15.59;
		return Math.round(Math.min(MAX_GRADE, Math.max(0, grade)) * 10) / 10.0;
	}

	/**
	 * The syllables of one word: at least one; a number counts as one. Vowel groups of one or two
	 * letters, after a silent ending ("-es", "-ed", "-e") is dropped. Written with loops rather
	 * than regular expressions: it runs for every word of every article at import.
	 */
	static int syllables(String word) {
		String letters = lettersOf(word);
		if (letters.length() <= 3) {
			return 1;
		}
		String spoken = withoutSilentEnding(letters);
		int from = spoken.startsWith("y") ? 1 : 0;
		int count = 0;
		for (int index = from; index < spoken.length(); index++) {
			if (isVowel(spoken.charAt(index))) {
				count++;
				if (index + 1 < spoken.length() && isVowel(spoken.charAt(index + 1))) {
					index++;
				}
			}
		}
		return Math.max(1, count);
	}

	/** The word lower-cased, with only its letters a to z. */
	private static String lettersOf(String word) {
		StringBuilder letters = new StringBuilder(word.length());
		String lower = word.toLowerCase(Locale.ROOT);
		for (int index = 0; index < lower.length(); index++) {
			char letter = lower.charAt(index);
			if (letter >= 'a' && letter <= 'z') {
				letters.append(letter);
			}
		}
		return letters.toString();
	}

	/** "-es" after a letter not in "laeiouyszcgx", "-ed" after one not in "laeiouydt", "-e" after one not in "laeiouy", dropped. */
	private static String withoutSilentEnding(String letters) {
		int length = letters.length();
		char beforeTwo = letters.charAt(length - 3);
		if (letters.endsWith("es") && "laeiouyszcgx".indexOf(beforeTwo) < 0
				|| letters.endsWith("ed") && "laeiouydt".indexOf(beforeTwo) < 0) {
			return letters.substring(0, length - 2);
		}
		if (letters.endsWith("e") && "laeiouy".indexOf(letters.charAt(length - 2)) < 0) {
			return letters.substring(0, length - 1);
		}
		return letters;
	}

	private static boolean isVowel(char letter) {
		return "aeiouy".indexOf(letter) >= 0;
	}

}
