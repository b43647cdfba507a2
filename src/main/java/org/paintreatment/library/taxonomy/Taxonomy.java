package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole taxonomy: treatments, mechanisms, caveats, the words that negate a phrase ("without
 * side effects" is no side-effects caveat), and the rules that tell a claim about the article's
 * treatment from a definition, a question or a sentence about another treatment.
 */
public record Taxonomy(List<TermDefinition> treatments, List<TermDefinition> mechanisms, List<TermDefinition> caveats,
		Set<String> negationCues, EvidenceRules evidenceRules) {

	public static final String UNCLASSIFIED = "unclassified";

	public Taxonomy {
		treatments = List.copyOf(treatments);
		mechanisms = List.copyOf(mechanisms);
		caveats = List.copyOf(caveats);
		negationCues = Set.copyOf(negationCues);
		evidenceRules = evidenceRules == null ? EvidenceRules.NONE : evidenceRules;
	}

	public Taxonomy(List<TermDefinition> treatments, List<TermDefinition> mechanisms, List<TermDefinition> caveats,
			Set<String> negationCues) {
		this(treatments, mechanisms, caveats, negationCues, EvidenceRules.NONE);
	}

	public Optional<TermDefinition> treatment(String slug) {
		return treatments.stream().filter(term -> term.slug().equals(slug)).findFirst();
	}

}
