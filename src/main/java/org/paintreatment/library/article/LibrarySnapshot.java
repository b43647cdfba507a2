package org.paintreatment.library.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.TermSummary;

/**
 * An immutable picture of the library after an import: every article's tags and the taxonomy,
 * small enough to keep in memory, so list, facet and taxonomy pages need no query.
 */
public final class LibrarySnapshot {

	static final int RELATED_LIMIT = 5;

	private final long version;

	private final Instant builtAt;

	private final List<IndexedArticle> articles;

	private final Map<String, IndexedArticle> bySlug;

	private final Map<Long, IndexedArticle> byId;

	private final Map<TermKind, List<TermSummary>> terms;

	private final Map<TermKind, Map<String, Long>> totals = new EnumMap<>(TermKind.class);

	public LibrarySnapshot(long version, Instant builtAt, List<IndexedArticle> articles,
			Map<TermKind, List<TermSummary>> terms) {
		this.version = version;
		this.builtAt = builtAt;
		this.articles = articles.stream().sorted(Comparator.comparing(IndexedArticle::title, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(IndexedArticle::slug)).toList();
		this.bySlug = this.articles.stream().collect(Collectors.toMap(IndexedArticle::slug, Function.identity()));
		this.byId = this.articles.stream().collect(Collectors.toMap(IndexedArticle::id, Function.identity()));
		this.terms = new EnumMap<>(TermKind.class);
		for (TermKind kind : TermKind.values()) {
			this.terms.put(kind, List.copyOf(terms.getOrDefault(kind, List.of())));
			this.totals.put(kind, Map.copyOf(counts(kind, this.articles)));
		}
	}

	public static LibrarySnapshot empty() {
		return new LibrarySnapshot(0, Instant.EPOCH, List.of(), Map.of());
	}

	public long version() {
		return version;
	}

	public Instant builtAt() {
		return builtAt;
	}

	public List<IndexedArticle> articles() {
		return articles;
	}

	public Optional<IndexedArticle> article(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	public List<TermSummary> terms(TermKind kind) {
		return terms.get(kind);
	}

	public Optional<TermSummary> term(TermKind kind, String slug) {
		return terms(kind).stream().filter(term -> term.slug().equals(slug)).findFirst();
	}

	public List<IndexedArticle> articlesWith(TermKind kind, String slug) {
		return articles.stream().filter(article -> article.has(kind, slug)).toList();
	}

	/** For each term of {@code kind}, how many articles of the whole library state it. */
	public Map<String, Long> totalCounts(TermKind kind) {
		return totals.get(kind);
	}

	/** For each term of {@code kind}, in taxonomy order, how many of {@code among} state it. */
	public Map<String, Long> counts(TermKind kind, List<IndexedArticle> among) {
		Map<String, long[]> tally = new LinkedHashMap<>();
		for (TermSummary term : terms(kind)) {
			tally.put(term.slug(), new long[1]);
		}
		for (IndexedArticle article : among) {
			for (String slug : article.terms(kind)) {
				long[] count = tally.get(slug);
				if (count != null) {
					count[0]++;
				}
			}
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		tally.forEach((slug, count) -> counts.put(slug, count[0]));
		return counts;
	}

	/** The filtered list of all articles (by title) and, for every facet, what each value would give with the other filters. */
	public ArticleListing list(ArticleFilter filter) {
		return listOf(articles, filter);
	}

	/**
	 * The same for the articles a search found, kept in the search's order: the facet counts are
	 * counted over the search's hits, so search and filters combine.
	 */
	public ArticleListing list(ArticleFilter filter, List<Long> rankedIds) {
		return listOf(rankedIds.stream().map(byId::get).filter(Objects::nonNull).toList(), filter);
	}

	private ArticleListing listOf(List<IndexedArticle> candidates, ArticleFilter filter) {
		List<IndexedArticle> found = candidates.stream().filter(article -> filter.matchesTerms(article, null)).toList();
		Map<TermKind, Map<String, Long>> facets = new EnumMap<>(TermKind.class);
		for (TermKind kind : TermKind.values()) {
			List<IndexedArticle> base = candidates.stream().filter(article -> filter.matchesTerms(article, kind)).toList();
			facets.put(kind, counts(kind, base));
		}
		return ArticleListing.of(found, facets, filter);
	}

	/** Articles sharing the most with this one: treatment first, then mechanisms, then caveats. */
	public List<IndexedArticle> related(IndexedArticle article) {
		return articles.stream()
			.filter(other -> other.id() != article.id())
			.map(other -> Map.entry(other, relatedness(article, other)))
			.filter(entry -> entry.getValue() > 0)
			.sorted(Map.Entry.<IndexedArticle, Integer>comparingByValue().reversed())
			.limit(RELATED_LIMIT)
			.map(Map.Entry::getKey)
			.toList();
	}

	static int relatedness(IndexedArticle one, IndexedArticle other) {
		int score = one.treatment().equals(other.treatment()) ? 10 : 0;
		score += 3 * (int) one.mechanisms().stream().filter(other.mechanisms()::contains).count();
		score += (int) one.caveats().stream().filter(other.caveats()::contains).count();
		return score;
	}

}
