package org.paintreatment.library.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences: after ". ", "! " or "? " followed by a capital, digit or quote.
 */
public final class Sentences {

	private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"'\u201D\u2019)]?)\\s+(?=[\\p{Lu}\\p{N}\"'\u201C\u2018(])");

	private Sentences() {
	}

	public static List<String> split(String text) {
		List<String> sentences = new ArrayList<>();
		for (String piece : BOUNDARY.split(text.strip())) {
			if (!piece.isBlank()) {
				sentences.add(piece.strip());
			}
		}
		return sentences;
	}

}
