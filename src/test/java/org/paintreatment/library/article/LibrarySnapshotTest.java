package org.paintreatment.library.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TermKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LibrarySnapshotTest {

	static final IndexedArticle ALPHA = article(1, "alpha", "ketamine", Set.of("nmda"), Set.of("side-effects"));

	static final IndexedArticle BETA = article(2, "beta", "ketamine", Set.of("nmda", "inflammation"), Set.of());

	static final IndexedArticle GAMMA = article(3, "gamma", "kratom", Set.of("opioid"), Set.of("side-effects"));

	static final IndexedArticle DELTA = article(4, "delta", "kratom", Set.of("nmda"), Set.of());

	final LibrarySnapshot snapshot = new LibrarySnapshot(1, Instant.EPOCH, List.of(DELTA, GAMMA, BETA, ALPHA),
			Map.of(TermKind.TREATMENT, terms(TermKind.TREATMENT, "ketamine", "kratom"), TermKind.MECHANISM,
					terms(TermKind.MECHANISM, "nmda", "inflammation", "opioid"), TermKind.CAVEAT,
					terms(TermKind.CAVEAT, "side-effects")));

	@Test
	void articlesAreSortedByTitle() {
		assertThat(snapshot.articles()).extracting(IndexedArticle::slug).containsExactly("alpha", "beta", "delta", "gamma");
	}

	@Test
	void filtersOfOneKindAreOrAndOfDifferentKindsAreAnd() {
		ArticleFilter ketamineOrKratomWithSideEffects = filter(Map.of(TermKind.TREATMENT, Set.of("ketamine", "kratom"),
				TermKind.CAVEAT, Set.of("side-effects")));

		assertThat(snapshot.list(ketamineOrKratomWithSideEffects).items())
			.extracting(IndexedArticle::slug)
			.containsExactly("alpha", "gamma");
	}

	@Test
	void facetCountsLeaveOutTheirOwnKindsFilter() {
		ArticleListing listing = snapshot.list(filter(Map.of(TermKind.TREATMENT, Set.of("ketamine"))));

		assertThat(listing.total()).isEqualTo(2);
		assertThat(listing.facet(TermKind.TREATMENT)).containsEntry("ketamine", 2L).containsEntry("kratom", 2L);
		assertThat(listing.facet(TermKind.MECHANISM)).containsEntry("nmda", 2L).containsEntry("opioid", 0L);
	}

	@Test
	void aValueOfAKindAlreadyChosenCountsOnlyTheArticlesItWouldAdd() {
		ArticleListing listing = snapshot.list(filter(Map.of(TermKind.MECHANISM, Set.of("nmda"))));

		// alpha, beta and delta are listed; inflammation is beta's, already there; opioid brings gamma
		assertThat(listing.total()).isEqualTo(3);
		assertThat(listing.additions(TermKind.MECHANISM)).containsEntry("inflammation", 0L)
			.containsEntry("opioid", 1L)
			.containsEntry("nmda", 0L);
		assertThat(listing.facet(TermKind.MECHANISM)).containsEntry("inflammation", 1L);
		assertThat(listing.additions(TermKind.TREATMENT)).isEmpty();
	}

	@Test
	void searchHitsNarrowResultsAndCounts() {
		ArticleListing listing = snapshot.list(ArticleFilter.all(), inOrder(GAMMA.id()));

		assertThat(listing.total()).isEqualTo(1);
		assertThat(listing.facet(TermKind.TREATMENT)).containsEntry("kratom", 1L).containsEntry("ketamine", 0L);
	}

	@Test
	void aLaterPageHoldsTheNextArticlesInTitleOrderOrInTheSearchsOrder() {
		ArticleFilter secondOfTwo = new ArticleFilter(Map.of(), "", 2, 2);
		ArticleFilter thirdOfTwo = new ArticleFilter(Map.of(), "", 3, 2);

		assertThat(snapshot.list(secondOfTwo).items()).extracting(IndexedArticle::slug).containsExactly("delta", "gamma");
		assertThat(snapshot.list(secondOfTwo, inOrder(GAMMA.id(), 99L, ALPHA.id(), DELTA.id(), BETA.id()))
			.items()).extracting(IndexedArticle::slug).containsExactly("delta", "beta");
		ArticleListing pastTheEnd = snapshot.list(thirdOfTwo);
		assertThat(pastTheEnd.items()).isEmpty();
		assertThat(pastTheEnd.total()).isEqualTo(4);
		assertThat(pastTheEnd.isPastTheEnd()).isTrue();
	}

	@Test
	void eachStateOfTheIndexNumbersItsHitsItsOwnWay() {
		// a refreshed index numbers the same articles differently: its hits are still theirs
		RankedHits refreshed = inOrder(ALPHA.id(), 99L, BETA.id());
		ArticleListing before = snapshot.list(ArticleFilter.all(), inOrder(GAMMA.id(), DELTA.id()));
		ArticleListing after = snapshot.list(ArticleFilter.all(), refreshed);
		ArticleListing again = snapshot.list(ArticleFilter.all(), refreshed);

		assertThat(before.items()).extracting(IndexedArticle::slug).containsExactly("gamma", "delta");
		assertThat(after.items()).extracting(IndexedArticle::slug).containsExactly("alpha", "beta");
		assertThat(again.items()).extracting(IndexedArticle::slug).containsExactly("alpha", "beta");
		assertThat(again.facet(TermKind.TREATMENT)).isEqualTo(after.facet(TermKind.TREATMENT));
	}

	@Test
	void searchHitsKeepTheSearchOrderThroughTheFilters() {
		ArticleListing listing = snapshot.list(filter(Map.of(TermKind.MECHANISM, Set.of("nmda"))),
				inOrder(DELTA.id(), GAMMA.id(), 99L, ALPHA.id()));

		assertThat(listing.items()).extracting(IndexedArticle::slug).containsExactly("delta", "alpha");
		assertThat(listing.facet(TermKind.MECHANISM)).containsEntry("nmda", 2L).containsEntry("opioid", 1L);
	}

	@Test
	void relatedRanksSharedTreatmentAboveSharedMechanisms() {
		assertThat(snapshot.related(ALPHA)).extracting(IndexedArticle::slug).containsExactly("beta", "delta", "gamma");
	}

	@Test
	void relatedAreFoundOnceForTheSnapshotsOwnArticleAndWeighedAgainForAnother() {
		assertThat(snapshot.related(ALPHA)).isSameAs(snapshot.related(ALPHA));

		IndexedArticle alphaRetagged = article(1, "alpha", "kratom", Set.of("opioid"), Set.of());
		assertThat(snapshot.related(alphaRetagged)).extracting(IndexedArticle::slug).containsExactly("gamma", "delta");
		assertThat(snapshot.related(ALPHA)).extracting(IndexedArticle::slug).containsExactly("beta", "delta", "gamma");
	}

	@Test
	void relatedAreTheArticlesSharingMostInTitleOrderOnEqualScoresWithMoreTagsThanOneWordHolds() {
		Random random = new Random(7);
		List<String> mechanisms = IntStream.range(0, 70).mapToObj(number -> "m" + number).toList();
		List<String> caveats = IntStream.range(0, 5).mapToObj(number -> "c" + number).toList();
		List<IndexedArticle> articles = IntStream.range(0, 300)
			.mapToObj(number -> article(number + 1, String.format("a%03d", number), "t" + random.nextInt(4),
					randomSubset(random, mechanisms, 3), randomSubset(random, caveats, 2)))
			.toList();
		LibrarySnapshot library = new LibrarySnapshot(1, Instant.EPOCH, articles,
				Map.of(TermKind.TREATMENT, terms(TermKind.TREATMENT, "t0", "t1", "t2", "t3"), TermKind.MECHANISM,
						terms(TermKind.MECHANISM, mechanisms.toArray(String[]::new)), TermKind.CAVEAT,
						terms(TermKind.CAVEAT, caveats.toArray(String[]::new))));

		for (IndexedArticle article : library.articles()) {
			assertThat(library.related(article)).as(article.slug()).isEqualTo(weighedOneByOne(library, article));
		}
	}

	/** The related articles by their definition: score each other article, best first, then by title. */
	private static List<IndexedArticle> weighedOneByOne(LibrarySnapshot library, IndexedArticle article) {
		return library.articles()
			.stream()
			.filter(other -> other.id() != article.id())
			.filter(other -> score(article, other) > 0)
			.sorted(Comparator.comparingInt((IndexedArticle other) -> -score(article, other))
				.thenComparing(other -> library.articles().indexOf(other)))
			.limit(LibrarySnapshot.RELATED_LIMIT)
			.toList();
	}

	private static int score(IndexedArticle one, IndexedArticle other) {
		return 10 * (one.treatment().equals(other.treatment()) ? 1 : 0) + 3 * shared(one.mechanisms(), other.mechanisms())
				+ shared(one.caveats(), other.caveats());
	}

	private static int shared(Set<String> one, Set<String> other) {
		return (int) one.stream().filter(other::contains).count();
	}

	private static Set<String> randomSubset(Random random, List<String> slugs, int most) {
		return IntStream.range(0, random.nextInt(most + 1))
			.mapToObj(draw -> slugs.get(random.nextInt(slugs.size())))
			.collect(Collectors.toSet());
	}

	@Test
	void relatedArticlesSayTheyShareTheTreatmentAndWhatElse() {
		assertThat(snapshot.relatedWithReasons(ALPHA)).extracting(RelatedArticle::slug, RelatedArticle::reason)
			.containsExactly(tuple("beta", "Same treatment: ketamine \u00B7 Also about: nmda"), tuple("delta", "Also about: nmda"),
					tuple("gamma", "Also about: side-effects"));
	}

	@Test
	void theReasonNamesAtMostThreeSharedTermsAndCountsTheRest() {
		IndexedArticle one = article(1, "one", "heat", Set.of("a", "b", "c"), Set.of("x", "y"));
		IndexedArticle other = article(2, "other", "cold", Set.of("a", "b", "c"), Set.of("x", "y"));
		LibrarySnapshot library = new LibrarySnapshot(1, Instant.EPOCH, List.of(one, other),
				Map.of(TermKind.TREATMENT, terms(TermKind.TREATMENT, "heat", "cold"), TermKind.MECHANISM,
						terms(TermKind.MECHANISM, "c", "b", "a"), TermKind.CAVEAT, terms(TermKind.CAVEAT, "y", "x")));

		assertThat(library.relatedWithReasons(one)).extracting(RelatedArticle::reason)
			.containsExactly("Also about: c, b, a and 2 more");
	}

	@Test
	void articlesAboutNoKnownTreatmentDoNotShareOne() {
		IndexedArticle one = article(1, "one", Taxonomy.UNCLASSIFIED, Set.of("a"), Set.of());
		IndexedArticle other = article(2, "other", Taxonomy.UNCLASSIFIED, Set.of("a"), Set.of());
		LibrarySnapshot library = new LibrarySnapshot(1, Instant.EPOCH, List.of(one, other),
				Map.of(TermKind.TREATMENT, terms(TermKind.TREATMENT, Taxonomy.UNCLASSIFIED), TermKind.MECHANISM,
						terms(TermKind.MECHANISM, "a")));

		assertThat(library.relatedWithReasons(one)).extracting(RelatedArticle::reason).containsExactly("Also about: a");
	}

	@Test
	void pagesCutTheResults() {
		ArticleListing second = snapshot.list(new ArticleFilter(Map.of(), "", 2, 3));

		assertThat(second.items()).extracting(IndexedArticle::slug).containsExactly("gamma");
		assertThat(second.pageCount()).isEqualTo(2);
		assertThat(second.hasNext()).isFalse();
		assertThat(second.hasPrevious()).isTrue();
	}

	/** Hits already in their order, as a search would rank them; 99 is no article of the snapshot. */
	private static RankedHits inOrder(long... ids) {
		return new RankedHits() {
			@Override
			public long[] numbering() {
				return ids;
			}

			@Override
			public void forEachHit(IntConsumer action) {
				IntStream.range(0, ids.length).forEach(action);
			}

			@Override
			public long[] best(LongPredicate keep, int count) {
				return Arrays.stream(ids).filter(keep).limit(count).toArray();
			}
		};
	}

	private static ArticleFilter filter(Map<TermKind, Set<String>> selected) {
		return new ArticleFilter(selected, "", 1, ArticleFilter.DEFAULT_SIZE);
	}

	private static IndexedArticle article(long id, String slug, String treatment, Set<String> mechanisms,
			Set<String> caveats) {
		return new IndexedArticle(id, slug, slug, "", treatment, mechanisms, caveats, 1);
	}

	private static List<TermSummary> terms(TermKind kind, String... slugs) {
		return Arrays.stream(slugs).map(slug -> new TermSummary(kind, slug, slug, "")).toList();
	}

}
