package org.paintreatment.library.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lowercase, accent-free, lightly stemmed word tokens, so that a phrase written in the singular
 * also finds the plural ("opioid receptor" finds "opioid receptors", "vary" finds "varies").
 */
public final class Tokens {

	private Tokens() {
	}

	public static List<String> stemmed(String text) {
		return stemmed(text, false);
	}

	static List<String> stemmed(String text, boolean keepGaps) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		List<String> tokens = new ArrayList<>();
		for (String word : folded.split(keepGaps ? "[^\\p{L}\\p{N}*]+" : "[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				tokens.add(stem(word));
			}
		}
		return tokens;
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
