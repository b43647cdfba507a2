package org.paintreatment.library.quality;

import java.util.Locale;
import java.util.Optional;

/**
 * An answer of the checklist, as DISCERN rates a question: the criterion met, met to some
 * extent, or not met.
 */
public enum Answer {

	YES("Yes"), PARTLY("Partly"), NO("No");

	private final String label;

	Answer(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The name stored and written in the JSON. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Answer> of(String slug) {
		for (Answer answer : values()) {
			if (answer.slug().equals(slug)) {
				return Optional.of(answer);
			}
		}
		return Optional.empty();
	}

}
