package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole taxonomy: treatments, mechanisms, caveats, the words that negate a phrase ("without
 * side effects" is no side-effects caveat), the rules that tell a claim about the article's
 * treatment from a definition, a question or a sentence about another treatment, the conditions
 * articles are about, and the phrases that make a condition's mention a side note ("also used for
 * other conditions, such as ...").
 */
public record Taxonomy(List<TermDefinition> treatments, List<TermDefinition> mechanisms, List<TermDefinition> caveats,
		Set<String> negationCues, EvidenceRules evidenceRules, List<TermDefinition> conditions, List<Phrase> sideNoteCues) {

	public static final String UNCLASSIFIED = "unclassified";

	public Taxonomy {
		treatments = List.copyOf(treatments);
		mechanisms = List.copyOf(mechanisms);
		caveats = List.copyOf(caveats);
		negationCues = Set.copyOf(negationCues);
		evidenceRules = evidenceRules == null ? EvidenceRules.NONE : evidenceRules;
		conditions = List.copyOf(conditions);
		sideNoteCues = List.copyOf(sideNoteCues);
	}

	/** A taxonomy without conditions. */
	public Taxonomy(List<TermDefinition> treatments, List<TermDefinition> mechanisms, List<TermDefinition> caveats,
			Set<String> negationCues, EvidenceRules evidenceRules) {
		this(treatments, mechanisms, caveats, negationCues, evidenceRules, List.of(), List.of());
	}

	/** A taxonomy without conditions or evidence rules. */
	public Taxonomy(List<TermDefinition> treatments, List<TermDefinition> mechanisms, List<TermDefinition> caveats,
			Set<String> negationCues) {
		this(treatments, mechanisms, caveats, negationCues, EvidenceRules.NONE);
	}

	public Optional<TermDefinition> treatment(String slug) {
		return treatments.stream().filter(term -> term.slug().equals(slug)).findFirst();
	}

}
