package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Map;

/**
 * What an article was found to be about: its treatment, and each mechanism and caveat with the
 * sentences of the article that show it.
 */
public record Classification(String treatment, Map<String, List<String>> mechanisms,
		Map<String, List<String>> caveats) {

	public Classification {
		mechanisms = Map.copyOf(mechanisms);
		caveats = Map.copyOf(caveats);
	}

}
