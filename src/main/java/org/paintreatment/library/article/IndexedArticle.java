package org.paintreatment.library.article;

import java.util.List;
import java.util.Set;

import org.paintreatment.library.taxonomy.TermKind;

/**
 * What the list, facet and taxonomy pages need to know of an article, kept in memory.
 *
 * @param meets the ids of the quality questions the article meets ({@code Question.id()})
 * @param conditions the conditions the article is about (mentioned ones are no tag to filter by)
 */
public record IndexedArticle(long id, String slug, String title, String summary, String treatment,
		Set<String> mechanisms, Set<String> caveats, int readingMinutes, Set<String> meets, Set<String> conditions) {

	public IndexedArticle {
		mechanisms = Set.copyOf(mechanisms);
		caveats = Set.copyOf(caveats);
		meets = Set.copyOf(meets);
		conditions = Set.copyOf(conditions);
	}

	public IndexedArticle(long id, String slug, String title, String summary, String treatment, Set<String> mechanisms,
			Set<String> caveats, int readingMinutes) {
		this(id, slug, title, summary, treatment, mechanisms, caveats, readingMinutes, Set.of(), Set.of());
	}

	public String url() {
		return "/articles/" + slug;
	}

	/** The article's term slugs of one kind. */
	public Set<String> terms(TermKind kind) {
		return switch (kind) {
			case TREATMENT -> Set.of(treatment);
			case MECHANISM -> mechanisms;
			case CAVEAT -> caveats;
			case CONDITION -> conditions;
		};
	}

	public boolean has(TermKind kind, String slug) {
		return terms(kind).contains(slug);
	}

	public List<String> sortedTerms(TermKind kind) {
		return terms(kind).stream().sorted().toList();
	}

}
