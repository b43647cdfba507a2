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

	private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouyszcgx]es|[^laeiouydt]ed|[^laeiouy]e)$");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

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

	/** The syllables of one word: at least one; a number counts as one. */
	static int syllables(String word) {
		String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (letters.length() <= 3) {
			return 1;
		}
		String spoken = SILENT_ENDING.matcher(letters).replaceFirst(m -> m.group().substring(0, 1));
		spoken = spoken.startsWith("y") ? spoken.substring(1) : spoken;
		Matcher groups = VOWEL_GROUP.matcher(spoken);
		int count = 0;
		while (groups.find()) {
			count++;
		}
		return Math.max(1, count);
	}

}
