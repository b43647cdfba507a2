package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Set;

/**
 * The words that decide whether a sentence states a claim about the article's own treatment:
 * cues that make a phrase a question rather than a claim ("any side effects"), words that refer
 * back to the treatment ("it", "the therapy"), and other treatments whose sentences are not
 * evidence for this one ("morphine", "other medications").
 */
public record EvidenceRules(Set<String> hypotheticalCues, Set<String> referenceWords, List<Phrase> otherTreatments) {

	public static final EvidenceRules NONE = new EvidenceRules(Set.of(), Set.of(), List.of());

	public EvidenceRules {
		hypotheticalCues = Set.copyOf(hypotheticalCues);
		referenceWords = Set.copyOf(referenceWords);
		otherTreatments = List.copyOf(otherTreatments);
	}

}
