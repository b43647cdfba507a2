package org.paintreatment.library.taxonomy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article was found to be about: its treatment, each mechanism and caveat with the
 * sentences of the article that show it, in the taxonomy's order, and the conditions it names,
 * each with its strength.
 */
public record Classification(String treatment, Map<String, List<String>> mechanisms,
		Map<String, List<String>> caveats, List<ConditionTag> conditions) {

	public Classification {
		mechanisms = Collections.unmodifiableMap(new LinkedHashMap<>(mechanisms));
		caveats = Collections.unmodifiableMap(new LinkedHashMap<>(caveats));
		conditions = List.copyOf(conditions);
	}

	public Classification(String treatment, Map<String, List<String>> mechanisms, Map<String, List<String>> caveats) {
		this(treatment, mechanisms, caveats, List.of());
	}

}
