package org.paintreatment.library.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.paintreatment.library.kernel.Pagination;
import org.paintreatment.library.quality.Question;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * An immutable picture of the library after an import: every article's tags and the taxonomy,
 * small enough to keep in memory, so list, facet and taxonomy pages need no query.
 *
 * <p>Articles are numbered by their place in title order. For every tag the snapshot keeps the set
 * of articles that have it (a {@link BitSet}), and for every article its tags as bits, so that a
 * filtered list with its facet counts is a few set intersections, and related articles a scan
 * of bit masks, even with 10,000 articles.
 */
public final class LibrarySnapshot {

	static final int RELATED_LIMIT = 5;

	private final long version;

	private final Instant builtAt;

	private final List<IndexedArticle> articles;

	private final Map<String, IndexedArticle> bySlug;

	/** Each article's place in title order, by id. */
	private final PlacesById placeById;

	private final Map<TermKind, List<TermSummary>> terms;

	/** Each article's import time, by id: the version of its row, read with this snapshot. */
	private final Map<Long, Instant> importedAt;

	private final Map<TermKind, Map<String, Long>> totals = new EnumMap<>(TermKind.class);

	/** For each kind, each tag slug (the taxonomy's terms first) → its number, in this snapshot. */
	private final Map<TermKind, Map<String, Integer>> tagNumbers = new EnumMap<>(TermKind.class);

	/** For each kind and tag number, the articles (by place) that have the tag. */
	private final Map<TermKind, List<BitSet>> articlesByTag = new EnumMap<>(TermKind.class);

	/** For each kind, every article's tags as bits (by tag number), in one array by place. */
	private final Map<TermKind, TagRows> tagsByArticle = new EnumMap<>(TermKind.class);

	/** For each quality question, the articles (by place) that meet it. */
	private final Map<Question, BitSet> articlesMeeting = new EnumMap<>(Question.class);

	/**
	 * Each article's related articles (by place), found the first time they are asked for: finding
	 * them weighs the article against every other, and the stored pages' pass, every rendered page
	 * and every article's JSON asked for them again (7 % of a JSON request's time at 10,000 articles).
	 */
	private final AtomicReferenceArray<List<IndexedArticle>> relatedByPlace;

	/**
	 * The best places for each set of tags some article has: articles with the same tags have the
	 * same related articles (but themselves), and a library repeats its sets of tags, so each set is
	 * weighed against every article once.
	 */
	private final Map<TagMasks, int[]> bestByTags = new ConcurrentHashMap<>();

	/** The places of the last search numbering listed, kept while the index's state is the same. */
	private final AtomicReference<Numbering> lastNumbering = new AtomicReference<>();

	public LibrarySnapshot(long version, Instant builtAt, List<IndexedArticle> articles,
			Map<TermKind, List<TermSummary>> terms) {
		this(version, builtAt, articles, terms, Map.of());
	}

	public LibrarySnapshot(long version, Instant builtAt, List<IndexedArticle> articles,
			Map<TermKind, List<TermSummary>> terms, Map<Long, Instant> importedAt) {
		this.version = version;
		this.importedAt = Map.copyOf(importedAt);
		this.builtAt = builtAt;
		this.articles = articles.stream().sorted(Comparator.comparing(IndexedArticle::title, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(IndexedArticle::slug)).toList();
		this.bySlug = this.articles.stream().collect(Collectors.toMap(IndexedArticle::slug, Function.identity()));
		this.placeById = new PlacesById(this.articles);
		this.relatedByPlace = new AtomicReferenceArray<>(this.articles.size());
		this.terms = new EnumMap<>(TermKind.class);
		for (TermKind kind : TermKind.values()) {
			this.terms.put(kind, List.copyOf(terms.getOrDefault(kind, List.of())));
			indexTags(kind);
			Map<String, Long> total = new LinkedHashMap<>();
			for (TermSummary term : this.terms.get(kind)) {
				total.put(term.slug(), (long) articlesWithTag(kind, term.slug()).cardinality());
			}
			this.totals.put(kind, Map.copyOf(total));
		}
		for (Question question : Question.values()) {
			BitSet meeting = new BitSet(this.articles.size());
			for (int place = 0; place < this.articles.size(); place++) {
				meeting.set(place, this.articles.get(place).meets().contains(question.id()));
			}
			articlesMeeting.put(question, meeting);
		}
	}

	private void indexTags(TermKind kind) {
		Map<String, Integer> numbers = new HashMap<>();
		this.terms.get(kind).forEach(term -> numbers.putIfAbsent(term.slug(), numbers.size()));
		articles.forEach(article -> article.terms(kind).forEach(slug -> numbers.putIfAbsent(slug, numbers.size())));
		List<BitSet> byTag = new ArrayList<>();
		for (int tag = 0; tag < numbers.size(); tag++) {
			byTag.add(new BitSet(articles.size()));
		}
		int words = wordsFor(numbers);
		long[] byArticle = new long[articles.size() * words];
		for (int place = 0; place < articles.size(); place++) {
			long[] bits = bitsOf(numbers, articles.get(place).terms(kind));
			System.arraycopy(bits, 0, byArticle, place * words, words);
			for (String slug : articles.get(place).terms(kind)) {
				byTag.get(numbers.get(slug)).set(place);
			}
		}
		tagNumbers.put(kind, Map.copyOf(numbers));
		articlesByTag.put(kind, List.copyOf(byTag));
		tagsByArticle.put(kind, new TagRows(words, byArticle));
	}

	private static int wordsFor(Map<String, Integer> numbers) {
		return (numbers.size() + 63) / 64;
	}

	private static long[] bitsOf(Map<String, Integer> numbers, Set<String> slugs) {
		long[] bits = new long[wordsFor(numbers)];
		for (String slug : slugs) {
			Integer number = numbers.get(slug);
			if (number != null) {
				bits[number / 64] |= 1L << (number % 64);
			}
		}
		return bits;
	}

	/** The articles (by place) having the tag; empty for a tag no article has. */
	private BitSet articlesWithTag(TermKind kind, String slug) {
		Integer number = tagNumbers.get(kind).get(slug);
		return number == null ? new BitSet() : articlesByTag.get(kind).get(number);
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

	/** Each article's import time, by id, as read with the snapshot (none for a snapshot built without them). */
	public Map<Long, Instant> importedAt() {
		return importedAt;
	}

	public List<IndexedArticle> articles() {
		return articles;
	}

	public Optional<IndexedArticle> article(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	public Optional<IndexedArticle> articleById(long id) {
		int place = placeById.of(id);
		return place < 0 ? Optional.empty() : Optional.of(articles.get(place));
	}

	public List<TermSummary> terms(TermKind kind) {
		return terms.get(kind);
	}

	/**
	 * The terms of {@code kind} that at least one article states, in taxonomy order: the ones worth
	 * offering as a way in (the others' pages only say that no article covers them yet).
	 */
	public List<TermSummary> coveredTerms(TermKind kind) {
		return terms(kind).stream().filter(term -> totalCounts(kind).getOrDefault(term.slug(), 0L) > 0).toList();
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
		Map<String, Long> counts = new LinkedHashMap<>();
		for (TermSummary term : terms(kind)) {
			counts.put(term.slug(), among.stream().filter(article -> article.has(kind, term.slug())).count());
		}
		return counts;
	}

	/** The filtered list of all articles (by title) and, for every facet, what each value would give with the other filters. */
	public ArticleListing list(ArticleFilter filter) {
		BitSet all = new BitSet(articles.size());
		all.set(0, articles.size());
		return listOf(all, null, filter);
	}

	/**
	 * The same for the articles a search found, kept in the search's order: the facet counts are
	 * counted over the search's hits, so search and filters combine. Only the page's articles are
	 * put in order.
	 */
	public ArticleListing list(ArticleFilter filter, RankedHits hits) {
		int[] places = placesOf(hits.numbering());
		BitSet found = new BitSet(articles.size());
		hits.forEachHit(number -> {
			int place = places[number];
			if (place >= 0) {
				found.set(place);
			}
		});
		return listOf(found, hits, filter);
	}

	/**
	 * The place of each article of a search's numbering, or -1, made once per numbering (one per
	 * state of the index): looking up every hit's id was a tenth of a search's list.
	 */
	private int[] placesOf(long[] numbering) {
		Numbering last = lastNumbering.get();
		if (last != null && last.ids() == numbering) {
			return last.places();
		}
		int[] places = new int[numbering.length];
		for (int number = 0; number < numbering.length; number++) {
			places[number] = placeById.of(numbering[number]);
		}
		lastNumbering.set(new Numbering(numbering, places));
		return places;
	}

	/** A search's numbering of the articles, and each one's place here. */
	private record Numbering(long[] ids, int[] places) {
	}

	private ArticleListing listOf(BitSet candidates, RankedHits hits, ArticleFilter filter) {
		// Within a kind the chosen values are OR; across kinds, AND.
		Map<TermKind, BitSet> chosen = new EnumMap<>(TermKind.class);
		for (TermKind kind : TermKind.values()) {
			if (!filter.selected(kind).isEmpty()) {
				BitSet any = new BitSet(articles.size());
				filter.selected(kind).forEach(slug -> any.or(articlesWithTag(kind, slug)));
				chosen.put(kind, any);
			}
		}
		// The quality questions chosen must all be met: they narrow the candidates, as the words do.
		BitSet meeting = (BitSet) candidates.clone();
		filter.meets().forEach(question -> meeting.and(articlesMeeting.get(question)));
		BitSet found = (BitSet) meeting.clone();
		chosen.values().forEach(found::and);
		Map<TermKind, Map<String, Long>> facets = new EnumMap<>(TermKind.class);
		Map<TermKind, Map<String, Long>> additions = new EnumMap<>(TermKind.class);
		for (TermKind kind : TermKind.values()) {
			facets.put(kind, facetCounts(kind, meeting, chosen, new BitSet()));
			if (chosen.containsKey(kind)) {
				additions.put(kind, facetCounts(kind, meeting, chosen, chosen.get(kind)));
			}
		}
		Map<String, Long> meetsCounts = new LinkedHashMap<>();
		BitSet with = new BitSet(articles.size());
		for (Question question : Question.values()) {
			meetsCounts.put(question.id(), (long) countBoth(found, articlesMeeting.get(question), with));
		}
		Pagination pages = new Pagination(filter.page(), filter.size(), found.cardinality());
		return ArticleListing.of(pageOf(found, hits, pages), pages.total(), facets, filter, meetsCounts, additions);
	}

	/**
	 * What each value of {@code kind} would give with the candidates and the other kinds' filters,
	 * leaving out the articles {@code listed} (those of the kind's own choices, to count what a
	 * value would add to them).
	 */
	private Map<String, Long> facetCounts(TermKind kind, BitSet candidates, Map<TermKind, BitSet> chosen,
			BitSet listed) {
		BitSet base = (BitSet) candidates.clone();
		chosen.forEach((other, set) -> {
			if (other != kind) {
				base.and(set);
			}
		});
		base.andNot(listed);
		Map<String, Long> counts = new LinkedHashMap<>();
		BitSet with = new BitSet(articles.size());
		for (TermSummary term : terms(kind)) {
			counts.put(term.slug(), (long) countBoth(base, articlesWithTag(kind, term.slug()), with));
		}
		return counts;
	}

	/**
	 * How many articles are in both sets, counted in {@code scratch} (overwritten): a page counts
	 * ~50 facet values, and a copy of the candidates for each was most of a list's garbage.
	 */
	private static int countBoth(BitSet some, BitSet others, BitSet scratch) {
		scratch.clear();
		scratch.or(some);
		scratch.and(others);
		return scratch.cardinality();
	}

	/**
	 * The page's articles of those found, in title order, or in the search's order when there was
	 * one: only the page is looked up, and only the articles up to its end are ranked, as a list or
	 * a search may find most of the library.
	 */
	private List<IndexedArticle> pageOf(BitSet found, RankedHits hits, Pagination pages) {
		List<IndexedArticle> items = new ArrayList<>(pages.size());
		long before = pages.offset();
		if (before >= pages.total()) {
			return items;
		}
		if (hits == null) {
			int place = found.nextSetBit(0);
			while (place >= 0 && items.size() < pages.size()) {
				if (before-- <= 0) {
					items.add(articles.get(place));
				}
				place = found.nextSetBit(place + 1);
			}
			return items;
		}
		int upToPageEnd = (int) Math.min(before + pages.size(), pages.total());
		long[] best = hits.best(id -> {
			int place = placeById.of(id);
			return place >= 0 && found.get(place);
		}, upToPageEnd);
		for (int i = (int) before; i < best.length; i++) {
			items.add(articles.get(placeById.of(best[i])));
		}
		return items;
	}

	/** Articles sharing the most with this one: treatment first, then mechanisms, then caveats. */
	public List<IndexedArticle> related(IndexedArticle article) {
		int place = placeById.of(article.id());
		if (place < 0 || articles.get(place) != article) {
			// not this snapshot's own article (its tags may differ): weighed, not kept
			return articlesAt(best(masksOf(article), RELATED_LIMIT, place), place);
		}
		List<IndexedArticle> related = relatedByPlace.get(place);
		if (related == null) {
			// one more than shown, as the article itself is among the best of its own tags
			int[] best = bestByTags.computeIfAbsent(masksOf(article), masks -> best(masks, RELATED_LIMIT + 1, -1));
			related = articlesAt(best, place);
			relatedByPlace.set(place, related);
		}
		return related;
	}

	private TagMasks masksOf(IndexedArticle article) {
		return new TagMasks(bitsOf(tagNumbers.get(TermKind.TREATMENT), article.terms(TermKind.TREATMENT)),
				bitsOf(tagNumbers.get(TermKind.MECHANISM), article.mechanisms()),
				bitsOf(tagNumbers.get(TermKind.CAVEAT), article.caveats()));
	}

	/** The articles at these places but {@code own}, at most {@link #RELATED_LIMIT}. */
	private List<IndexedArticle> articlesAt(int[] places, int own) {
		List<IndexedArticle> related = new ArrayList<>(RELATED_LIMIT);
		for (int index = 0; index < places.length && related.size() < RELATED_LIMIT; index++) {
			if (places[index] != own) {
				related.add(articles.get(places[index]));
			}
		}
		return List.copyOf(related);
	}

	/**
	 * The places of the {@code limit} articles sharing the most with these tags, best first; on
	 * equal scores the earlier title stays ahead. Every article is weighed, but the place {@code skip}.
	 */
	private int[] best(TagMasks masks, int limit, int skip) {
		TagRows treatments = tagsByArticle.get(TermKind.TREATMENT);
		TagRows mechanisms = tagsByArticle.get(TermKind.MECHANISM);
		TagRows caveats = tagsByArticle.get(TermKind.CAVEAT);
		int[] places = new int[limit];
		int[] scores = new int[limit];
		int kept = 0;
		for (int place = 0; place < articles.size(); place++) {
			if (place == skip) {
				continue;
			}
			int score = 10 * treatments.shared(place, masks.treatment()) + 3 * mechanisms.shared(place, masks.mechanisms())
					+ caveats.shared(place, masks.caveats());
			if (score <= 0 || kept == limit && score <= scores[kept - 1]) {
				continue;
			}
			int at = Math.min(kept, limit - 1);
			while (at > 0 && scores[at - 1] < score) {
				at--;
			}
			int last = Math.min(kept, limit - 1);
			System.arraycopy(places, at, places, at + 1, last - at);
			System.arraycopy(scores, at, scores, at + 1, last - at);
			places[at] = place;
			scores[at] = score;
			kept = Math.min(kept + 1, limit);
		}
		return Arrays.copyOf(places, kept);
	}

	/** {@link #related}, each with why: the treatment and the mechanisms and caveats it shares. */
	public List<RelatedArticle> relatedWithReasons(IndexedArticle article) {
		return related(article).stream().map(other -> relatedBecause(article, other)).toList();
	}

	/** What two articles share, by name; "Unclassified" is no treatment to share. */
	RelatedArticle relatedBecause(IndexedArticle article, IndexedArticle other) {
		Optional<TermSummary> treatment = article.treatment().equals(other.treatment())
				&& !article.treatment().equals(Taxonomy.UNCLASSIFIED) ? term(TermKind.TREATMENT, article.treatment())
						: Optional.empty();
		List<TermSummary> shared = new ArrayList<>();
		for (TermKind kind : List.of(TermKind.MECHANISM, TermKind.CAVEAT)) {
			terms(kind).stream()
				.filter(term -> article.has(kind, term.slug()) && other.has(kind, term.slug()))
				.forEach(shared::add);
		}
		return new RelatedArticle(other, treatment, shared);
	}

	/** One article's tags of the three kinds related articles share, as bits; equal when the bits are. */
	private record TagMasks(long[] treatment, long[] mechanisms, long[] caveats) {

		@Override
		public boolean equals(Object other) {
			return other instanceof TagMasks masks && Arrays.equals(treatment, masks.treatment)
					&& Arrays.equals(mechanisms, masks.mechanisms) && Arrays.equals(caveats, masks.caveats);
		}

		@Override
		public int hashCode() {
			return Objects.hash(Arrays.hashCode(treatment), Arrays.hashCode(mechanisms), Arrays.hashCode(caveats));
		}

		@Override
		public String toString() {
			return Arrays.toString(treatment) + Arrays.toString(mechanisms) + Arrays.toString(caveats);
		}

	}

	/**
	 * Every article's tags of one kind as bits, {@code words} longs an article, one row after another
	 * by place: finding related articles reads every row, and one flat array is read straight
	 * through, not an object per article.
	 */
	private record TagRows(int words, long[] bits) {

		/** How many tags the article at {@code place} shares with {@code mask}. */
		int shared(int place, long[] mask) {
			if (words == 1) {
				// a kind's tags fit in one word in nearly every library: no loop for the loop's sake
				return Long.bitCount(bits[place] & mask[0]);
			}
			int start = place * words;
			int count = 0;
			for (int word = 0; word < Math.min(words, mask.length); word++) {
				count += Long.bitCount(bits[start + word] & mask[word]);
			}
			return count;
		}

	}

}
