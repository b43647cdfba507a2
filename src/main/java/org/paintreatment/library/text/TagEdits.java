package org.paintreatment.library.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tags a librarian's corrections changed: the mechanisms and caveats added (or given the
 * librarian's quote in place of the detected ones), and those removed with the reason, by slug.
 */
public record TagEdits(Set<String> addedMechanisms, Set<String> addedCaveats, Map<String, String> removedMechanisms,
		Map<String, String> removedCaveats) {

	public static final TagEdits NONE = new TagEdits(Set.of(), Set.of(), Map.of(), Map.of());

	public TagEdits {
		addedMechanisms = Set.copyOf(addedMechanisms);
		addedCaveats = Set.copyOf(addedCaveats);
		removedMechanisms = Collections.unmodifiableMap(new LinkedHashMap<>(removedMechanisms));
		removedCaveats = Collections.unmodifiableMap(new LinkedHashMap<>(removedCaveats));
	}

	/** Whether a librarian changed any tag. */
	public boolean any() {
		return !addedMechanisms.isEmpty() || !addedCaveats.isEmpty() || !removedMechanisms.isEmpty()
				|| !removedCaveats.isEmpty();
	}

}
