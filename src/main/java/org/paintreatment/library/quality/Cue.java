package org.paintreatment.library.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.paintreatment.library.taxonomy.Negation;
import org.paintreatment.library.taxonomy.Phrase;

/**
 * One kind of cue of the rule file: phrases (matched on words, as the taxonomy's are), regular
 * expressions (matched on the sentence as written: a year in brackets, "et al."), taxonomy tags
 * whose evidence sentences count too, and phrases within which a phrase does not count
 * ("breakthrough pain" is a kind of pain, not a breakthrough).
 */
record Cue(List<Phrase> phrases, List<Pattern> patterns, List<String> tags, List<Phrase> except) {

	Cue {
		phrases = List.copyOf(phrases);
		patterns = List.copyOf(patterns);
		tags = List.copyOf(tags);
		except = List.copyOf(except);
	}

	/**
	 * The first phrase or pattern found in the sentence, as written in the rule file; a phrase
	 * right after a negation cue ("no cure") does not count, unless a second cue cancels the
	 * first ("not without risks" names risks). Null for none.
	 */
	String find(String sentence, List<String> tokens, Set<String> negationCues) {
		// Most phrases lack one of their words in a given sentence: one set lookup per word rules
		// them out before the word-by-word search, which was most of the import's time.
		Set<String> words = new HashSet<>(tokens);
		for (Phrase phrase : phrases) {
			if (!hasAllWords(phrase, words)) {
				continue;
			}
			for (int at = phrase.findIn(tokens, 0); at >= 0; at = phrase.findIn(tokens, at + 1)) {
				if (!Negation.denies(tokens, at, negationCues, QualityRules.NEGATION_WINDOW) && !excepted(tokens, at)) {
					return phrase.written();
				}
			}
		}
		for (Pattern pattern : patterns) {
			if (pattern.matcher(sentence).find()) {
				return pattern.pattern();
			}
		}
		return null;
	}

	private static boolean hasAllWords(Phrase phrase, Set<String> words) {
		for (String token : phrase.tokens()) {
			if (!Phrase.GAP.equals(token) && !words.contains(token)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the word at {@code at} is part of an exception's words. */
	private boolean excepted(List<String> tokens, int at) {
		for (Phrase exception : except) {
			int from = Math.max(0, at - exception.tokens().size() + 1);
			for (int start = exception.findIn(tokens, from); start >= 0 && start <= at;
					start = exception.findIn(tokens, start + 1)) {
				if (at < start + exception.tokens().size()) {
					return true;
				}
			}
		}
		return false;
	}

}
