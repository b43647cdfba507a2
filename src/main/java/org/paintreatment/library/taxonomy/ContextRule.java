package org.paintreatment.library.taxonomy;

import java.util.List;

/**
 * Phrases that count for a term only in a sentence that also holds one of the cues and none of
 * the exclusions: "dizziness" is a side effect in "dizziness is commonly reported", not in "its
 * symptoms include nausea and dizziness".
 */
public record ContextRule(List<Phrase> phrases, List<Phrase> cues, List<Phrase> notWith) {

	public static final ContextRule NONE = new ContextRule(List.of(), List.of(), List.of());

	public ContextRule {
		phrases = List.copyOf(phrases);
		cues = List.copyOf(cues);
		notWith = List.copyOf(notWith);
	}

	/** Whether the sentence's tokens give the context these phrases need. */
	boolean holdsIn(List<String> tokens) {
		return anyIn(cues, tokens) && !anyIn(notWith, tokens);
	}

	private static boolean anyIn(List<Phrase> phrases, List<String> tokens) {
		return phrases.stream().anyMatch(phrase -> phrase.findIn(tokens, 0) >= 0);
	}

}
