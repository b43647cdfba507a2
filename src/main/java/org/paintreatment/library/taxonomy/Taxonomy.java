package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole taxonomy: treatments, mechanisms, caveats, and the words that negate a phrase
 * ("without side effects" is no side-effects caveat).
 */
public record Taxonomy(List<TermDefinition> treatments, List<TermDefinition> mechanisms, List<TermDefinition> caveats,
		Set<String> negationCues) {

	public static final String UNCLASSIFIED = "unclassified";

	public Taxonomy {
		treatments = List.copyOf(treatments);
		mechanisms = List.copyOf(mechanisms);
		caveats = List.copyOf(caveats);
		negationCues = Set.copyOf(negationCues);
	}

	public Optional<TermDefinition> treatment(String slug) {
		return treatments.stream().filter(term -> term.slug().equals(slug)).findFirst();
	}

}
