package org.paintreatment.library.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An article related to the one being read, with why: the treatment they share, and the
 * mechanisms and caveats both state (mechanisms first, in taxonomy order).
 */
public record RelatedArticle(IndexedArticle article, Optional<TermSummary> sameTreatment, List<TermSummary> sharedTerms) {

	/** How many shared terms the reason names; the rest it counts. */
	static final int NAMED_TERMS = 3;

	public RelatedArticle {
		sharedTerms = List.copyOf(sharedTerms);
	}

	/** For instance "Same treatment: Ketamine · Also about: NMDA receptor antagonism, Side effects". */
	public String reason() {
		List<String> parts = new ArrayList<>();
		sameTreatment.ifPresent(treatment -> parts.add("Same treatment: " + treatment.name()));
		if (!sharedTerms.isEmpty()) {
			String named = sharedTerms.stream().limit(NAMED_TERMS).map(TermSummary::name).collect(Collectors.joining(", "));
			int more = sharedTerms.size() - NAMED_TERMS;
			parts.add("Also about: " + named + (more > 0 ? " and " + more + " more" : ""));
		}
		return String.join(" \u00B7 ", parts);
	}

	public String slug() {
		return article.slug();
	}

	public String title() {
		return article.title();
	}

	public String url() {
		return article.url();
	}

}
