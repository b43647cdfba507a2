package org.paintreatment.library.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paintreatment.library.kernel.Pagination;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * One page of a filtered article list, the total, and the facet counts; when words were searched,
 * each item's snippet (by slug) and maybe a corrected query.
 *
 * @param snippets HTML passages with the matched words in {@code <mark>}, all text escaped
 * (built by {@link org.paintreatment.library.search.SnippetBuilder}); empty without a search
 * @param suggestion the query with misspelt words corrected, or null
 * @param someWordsOnly true when no article has every searched word and these have some of them
 * @param wordsFoundNowhere with {@code someWordsOnly}, the searched words no article has
 * @param meetsCounts for each quality question (by id, in the checklist's order), how many of the
 * found articles meet it
 * @param searched the words the items were found with (the corrected ones when the spelling was
 * corrected), or null without words
 * @param correctedFrom the words as typed when the items are those of corrected words, else null
 * @param additions for each kind with a chosen value, how many articles each value would add to
 * the list if chosen too (values within a kind are OR)
 */
public record ArticleListing(List<IndexedArticle> items, int total, int page, int size,
		Map<TermKind, Map<String, Long>> facets, Map<String, String> snippets, String suggestion,
		boolean someWordsOnly, List<String> wordsFoundNowhere, Map<String, Long> meetsCounts, String searched,
		String correctedFrom, Map<TermKind, Map<String, Long>> additions) {

	/** The listing of one page of the found articles, {@code shown}, among {@code total}. */
	static ArticleListing of(List<IndexedArticle> shown, int total, Map<TermKind, Map<String, Long>> facets,
			ArticleFilter filter, Map<String, Long> meetsCounts, Map<TermKind, Map<String, Long>> additions) {
		return new ArticleListing(List.copyOf(shown), total, filter.page(), filter.size(), Map.copyOf(facets), Map.of(),
				null, false, List.of(), Collections.unmodifiableMap(new LinkedHashMap<>(meetsCounts)), null, null,
				Map.copyOf(additions));
	}

	public ArticleListing withSearch(Map<String, String> snippets, String suggestion, boolean someWordsOnly,
			List<String> wordsFoundNowhere) {
		return new ArticleListing(items, total, page, size, facets, Map.copyOf(snippets), suggestion, someWordsOnly,
				List.copyOf(wordsFoundNowhere), meetsCounts, searched, correctedFrom, additions);
	}

	/** The same, found with these words, typed as {@code correctedFrom} (null when not corrected). */
	public ArticleListing searchedFor(String words, String typed) {
		return new ArticleListing(items, total, page, size, facets, snippets, suggestion, someWordsOnly,
				wordsFoundNowhere, meetsCounts, words, typed, additions);
	}

	public boolean isCorrected() {
		return correctedFrom != null;
	}

	public String snippet(IndexedArticle article) {
		return snippets.get(article.slug());
	}

	public boolean hasSuggestion() {
		return suggestion != null;
	}

	/** Which page of the list this is. */
	public Pagination pages() {
		return new Pagination(page, size, total);
	}

	public int pageCount() {
		return pages().pageCount();
	}

	public boolean hasPrevious() {
		return pages().hasPrevious();
	}

	public boolean hasNext() {
		return pages().hasNext();
	}

	public boolean isPastTheEnd() {
		return pages().isPastTheEnd();
	}

	public Map<String, Long> facet(TermKind kind) {
		return facets.get(kind);
	}

	/** How many articles each value of {@code kind} would add if chosen too; empty when none of the kind is chosen. */
	public Map<String, Long> additions(TermKind kind) {
		return additions.getOrDefault(kind, Map.of());
	}

}
