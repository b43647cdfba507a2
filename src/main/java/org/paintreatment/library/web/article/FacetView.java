package org.paintreatment.library.web.article;

import java.util.List;
import java.util.Map;

import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.ArticleListing;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * One facet of the article list as the page shows it: its values with counts, selected or not.
 */
public record FacetView(TermKind kind, List<Value> values) {

	public record Value(String slug, String name, long count, boolean selected, String url) {
	}

	/** The values worth showing: those that would give articles, and those already chosen. */
	public static List<FacetView> of(ArticleFilter filter, ArticleListing listing, LibrarySnapshot snapshot) {
		return java.util.Arrays.stream(TermKind.values()).map(kind -> facet(kind, filter, listing.facet(kind), snapshot)).toList();
	}

	private static FacetView facet(TermKind kind, ArticleFilter filter, Map<String, Long> counts,
			LibrarySnapshot snapshot) {
		List<Value> values = snapshot.terms(kind)
			.stream()
			.filter(term -> counts.getOrDefault(term.slug(), 0L) > 0 || filter.isSelected(kind, term.slug()))
			.map(term -> value(kind, term, counts, filter))
			.toList();
		return new FacetView(kind, values);
	}

	private static Value value(TermKind kind, TermSummary term, Map<String, Long> counts, ArticleFilter filter) {
		boolean selected = filter.isSelected(kind, term.slug());
		String url = selected ? filter.urlRemoving(kind, term.slug()) : filter.urlAdding(kind, term.slug());
		return new Value(term.slug(), term.name(), counts.getOrDefault(term.slug(), 0L), selected, url);
	}

}
