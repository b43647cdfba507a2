package org.paintreatment.library.taxonomy;

import java.util.ArrayList;
import java.util.List;

/**
 * The lists of words and phrases a librarian's rule file holds (taxonomy.yml, quality.yml), read
 * from what {@code SafeYaml} gives, each mistake stopping start-up with where it is.
 */
public final class RuleLists {

	private RuleLists() {
	}

	/** A list of text; absent, an empty list. */
	public static List<String> strings(Object value, String where) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalStateException(where + " must be a list");
		}
		if (!list.stream().allMatch(String.class::isInstance)) {
			throw new IllegalStateException(where + " must be a list of words or phrases, each of them text");
		}
		return list.stream().map(String.class::cast).toList();
	}

	/** A list of phrases, as {@link Phrase#of} reads each. */
	public static List<Phrase> phrases(Object value, String where) {
		List<Phrase> phrases = new ArrayList<>();
		for (String written : strings(value, where)) {
			try {
				phrases.add(Phrase.of(written));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(where + ": " + ex.getMessage(), ex);
			}
		}
		return phrases;
	}

}
