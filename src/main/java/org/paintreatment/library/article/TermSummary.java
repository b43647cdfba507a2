package org.paintreatment.library.article;

import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.store.TaxonomyTerm;

/**
 * A taxonomy term as readers see it in lists.
 */
public record TermSummary(TermKind kind, String slug, String name, String description) {

	public static TermSummary of(TermKind kind, TaxonomyTerm term) {
		return new TermSummary(kind, term.getSlug(), term.getName(), term.getDescription());
	}

	public String url() {
		return kind.urlOf(slug);
	}

}
