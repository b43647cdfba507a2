package org.paintreatment.library.article;

import java.util.List;
import java.util.Map;

import org.paintreatment.library.taxonomy.TermKind;

/**
 * One page of a filtered article list, the total, and the facet counts.
 */
public record ArticleListing(List<IndexedArticle> items, int total, int page, int size,
		Map<TermKind, Map<String, Long>> facets) {

	static ArticleListing of(List<IndexedArticle> found, Map<TermKind, Map<String, Long>> facets, ArticleFilter filter) {
		int from = Math.min(found.size(), (filter.page() - 1) * filter.size());
		int to = Math.min(found.size(), from + filter.size());
		return new ArticleListing(found.subList(from, to), found.size(), filter.page(), filter.size(), Map.copyOf(facets));
	}

	public int pageCount() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pageCount();
	}

	public boolean isPastTheEnd() {
		return page > pageCount();
	}

	public Map<String, Long> facet(TermKind kind) {
		return facets.get(kind);
	}

}
