package org.paintreatment.library.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, read as words and phrases and never as query syntax: a pair of double
 * quotes makes a phrase; everything else ({@code * ? ~ ( ) [ ] : \ AND OR NOT}, a lone quote) is
 * just text, and punctuation is dropped by the analysis.
 */
public record SearchQuery(String text, List<Part> parts) {

	/** A stretch of the query: words, or a quoted phrase (without its quotes). */
	public record Part(String text, boolean phrase, int start) {
	}

	public SearchQuery {
		parts = List.copyOf(parts);
	}

	public static SearchQuery parse(String text) {
		String query = text == null ? "" : text;
		List<Part> parts = new ArrayList<>();
		int quotes = (int) query.chars().filter(c -> c == '"').count();
		// with an odd number of quotes the last one has no partner and counts as a plain character
		int pairedQuotes = quotes - quotes % 2;
		int seen = 0;
		int from = 0;
		int open = -1;
		for (int i = 0; i < query.length(); i++) {
			if (query.charAt(i) != '"' || seen == pairedQuotes) {
				continue;
			}
			seen++;
			if (open < 0) {
				addWords(parts, query, from, i);
				open = i;
			}
			else {
				String phrase = query.substring(open + 1, i);
				if (!phrase.isBlank()) {
					parts.add(new Part(phrase, true, open + 1));
				}
				open = -1;
				from = i + 1;
			}
		}
		addWords(parts, query, from, query.length());
		return new SearchQuery(query, parts);
	}

	private static void addWords(List<Part> parts, String query, int from, int to) {
		String words = query.substring(from, to).replace('"', ' ');
		if (!words.isBlank()) {
			parts.add(new Part(words, false, from));
		}
	}

	public boolean isBlank() {
		return parts.isEmpty();
	}

}
