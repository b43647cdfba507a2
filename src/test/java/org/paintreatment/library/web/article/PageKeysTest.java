package org.paintreatment.library.web.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.FactSource;
import org.paintreatment.library.taxonomy.FactTopic;
import org.paintreatment.library.taxonomy.KeyFact;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.TreatmentFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's key changes with what the page shows, and only with that. */
class PageKeysTest {

	static final Instant IMPORTED = Instant.parse("2026-12-01T10:00:00Z");

	static final TreatmentFacts NO_FACTS = new TreatmentFacts(Map.of());

	static final IndexedArticle ONE = article(1, "one", "ketamine", Set.of("nmda", "opioid"));

	static final IndexedArticle TWO = article(2, "two", "ketamine", Set.of("nmda"));

	static final IndexedArticle THREE = article(3, "three", "kratom", Set.of("opioid"));

	@Test
	void theSameLibraryGivesTheSameKeysWhateverOrderItsArticlesAndTagsComeIn() {
		PageKeys keys = keysOf(List.of(ONE, TWO, THREE), terms("Ketamine"), stamps(IMPORTED), "design");
		IndexedArticle oneAgain = article(1, "one", "ketamine", Set.of("opioid", "nmda"));

		assertThat(keysOf(List.of(THREE, oneAgain, TWO), terms("Ketamine"), stamps(IMPORTED), "design").bySlug())
			.isEqualTo(keys.bySlug())
			.hasSize(3);
	}

	@Test
	void anArticleImportedAgainChangesItsOwnKeyOnly() {
		PageKeys before = keysOf(List.of(ONE, TWO, THREE), terms("Ketamine"), stamps(IMPORTED), "design");
		Map<Long, Instant> stamps = new java.util.HashMap<>(stamps(IMPORTED));
		stamps.put(3L, IMPORTED.plusSeconds(60));

		PageKeys after = keysOf(List.of(ONE, TWO, THREE), terms("Ketamine"), stamps, "design");

		assertThat(after.of("three")).isNotEqualTo(before.of("three"));
		assertThat(after.of("one")).isEqualTo(before.of("one"));
		assertThat(after.of("two")).isEqualTo(before.of("two"));
	}

	@Test
	void aNewArticleChangesTheKeysOfTheArticlesItIsRelatedTo() {
		PageKeys before = keysOf(List.of(ONE, THREE), terms("Ketamine"), stamps(IMPORTED), "design");

		PageKeys after = keysOf(List.of(ONE, TWO, THREE), terms("Ketamine"), stamps(IMPORTED), "design");

		assertThat(after.of("one")).as("two is related to one: same treatment").isNotEqualTo(before.of("one"));
		assertThat(after.of("two")).isNotNull();
	}

	@Test
	void aRenamedTermNewKeyFactsOrNewTemplatesChangeEveryKey() {
		PageKeys before = keysOf(List.of(ONE, TWO, THREE), terms("Ketamine"), stamps(IMPORTED), "design");
		TreatmentFacts facts = new TreatmentFacts(Map.of("kratom", List.of(new KeyFact(FactTopic.values()[0],
				"Not approved.", new FactSource("Source", "Agency", "https://example.org", "2025", "2026")))));

		for (PageKeys after : List.of(keysOf(List.of(ONE, TWO, THREE), terms("Ketamine (esketamine)"), stamps(IMPORTED),
				"design"), keysOf(List.of(ONE, TWO, THREE), terms("Ketamine"), stamps(IMPORTED), "new design"),
				PageKeys.of(snapshot(List.of(ONE, TWO, THREE), terms("Ketamine")), stamps(IMPORTED), facts, "design"))) {
			for (String slug : List.of("one", "two", "three")) {
				assertThat(after.of(slug)).as(slug).isNotEqualTo(before.of(slug));
			}
		}
	}

	@Test
	void anArticleWithoutAStampHasNoKey() {
		PageKeys keys = keysOf(List.of(ONE, TWO), terms("Ketamine"), Map.of(1L, IMPORTED), "design");

		assertThat(keys.of("one")).isNotNull();
		assertThat(keys.of("two")).isNull();
	}

	private static PageKeys keysOf(List<IndexedArticle> articles, Map<TermKind, List<TermSummary>> terms,
			Map<Long, Instant> stamps, String design) {
		return PageKeys.of(snapshot(articles, terms), stamps, NO_FACTS, design);
	}

	private static LibrarySnapshot snapshot(List<IndexedArticle> articles, Map<TermKind, List<TermSummary>> terms) {
		return new LibrarySnapshot(1, Instant.EPOCH, articles, terms);
	}

	private static Map<Long, Instant> stamps(Instant at) {
		return Map.of(1L, at, 2L, at, 3L, at);
	}

	private static Map<TermKind, List<TermSummary>> terms(String ketamineName) {
		return Map.of(TermKind.TREATMENT,
				List.of(new TermSummary(TermKind.TREATMENT, "ketamine", ketamineName, "A drug."),
						new TermSummary(TermKind.TREATMENT, "kratom", "Kratom", "A plant.")),
				TermKind.MECHANISM, List.of(new TermSummary(TermKind.MECHANISM, "nmda", "NMDA", "Blocks."),
						new TermSummary(TermKind.MECHANISM, "opioid", "Opioid", "Binds.")));
	}

	private static IndexedArticle article(long id, String slug, String treatment, Set<String> mechanisms) {
		return new IndexedArticle(id, slug, slug, "Summary.", treatment, mechanisms, Set.of(), 3);
	}

}
