package org.paintreatment.library.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How much an article is about a condition: its main topic (a tag readers filter by), or only
 * mentioned (a side note, or one name in a list of many).
 */
public enum ConditionStrength {

	ABOUT("Main topic"), MENTIONED("Mentioned");

	private final String label;

	ConditionStrength(String label) {
		this.label = label;
	}

	/** The stored and published name: "about" or "mentioned". */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String label() {
		return label;
	}

	public static Optional<ConditionStrength> of(String slug) {
		return Arrays.stream(values()).filter(strength -> strength.slug().equals(slug)).findFirst();
	}

}
