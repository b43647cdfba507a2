package org.paintreatment.library.taxonomy;

import java.util.List;

/**
 * A detection phrase, as stemmed tokens. A "*" in the written phrase stands for a gap of up to
 * {@value #MAX_GAP} words, so "vary * individuals" matches "vary widely between individuals".
 */
public record Phrase(String written, List<String> tokens) {

	public static final String GAP = "*";

	public static final int MAX_GAP = 3;

	public static Phrase of(String written) {
		List<String> tokens = Tokens.stemmed(written.replace(GAP, " " + GAP + " "), true);
		if (tokens.isEmpty() || GAP.equals(tokens.get(0)) || GAP.equals(tokens.get(tokens.size() - 1))) {
			throw new IllegalArgumentException("phrase \"" + written + "\" needs words, and no '*' at either end");
		}
		return new Phrase(written, tokens);
	}

	/** Where this phrase next starts in the tokens, at or after {@code from}, or -1. */
	public int findIn(List<String> text, int from) {
		for (int start = from; start < text.size(); start++) {
			if (matchesAt(text, start, 0)) {
				return start;
			}
		}
		return -1;
	}

	/** Where the match of this phrase that starts at {@code start} ends (exclusive), or -1 if none starts there. */
	public int endOf(List<String> text, int start) {
		return endAt(text, start, 0);
	}

	private boolean matchesAt(List<String> text, int position, int tokenIndex) {
		return endAt(text, position, tokenIndex) >= 0;
	}

	private int endAt(List<String> text, int position, int tokenIndex) {
		if (tokenIndex == tokens.size()) {
			return position;
		}
		String token = tokens.get(tokenIndex);
		if (GAP.equals(token)) {
			for (int skip = 0; skip <= MAX_GAP; skip++) {
				int end = endAt(text, position + skip, tokenIndex + 1);
				if (end >= 0) {
					return end;
				}
			}
			return -1;
		}
		return position < text.size() && text.get(position).equals(token) ? endAt(text, position + 1, tokenIndex + 1) : -1;
	}

}
