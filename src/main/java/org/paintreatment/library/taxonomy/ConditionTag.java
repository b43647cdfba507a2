package org.paintreatment.library.taxonomy;

import java.util.List;

/**
 * A condition an article names, how much it is about it, and the sentences that show it (the
 * title, when only the title names it).
 */
public record ConditionTag(String slug, ConditionStrength strength, List<String> evidence) {

	public ConditionTag {
		evidence = List.copyOf(evidence);
		if (evidence.isEmpty()) {
			throw new IllegalArgumentException("condition '" + slug + "' needs a sentence of evidence");
		}
	}

	public boolean isAbout() {
		return strength == ConditionStrength.ABOUT;
	}

}
