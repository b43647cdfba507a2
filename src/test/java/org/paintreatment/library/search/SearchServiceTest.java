package org.paintreatment.library.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.support.BundledRules;
import org.paintreatment.library.taxonomy.TaxonomyLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on its own: a real Lucene index in a temporary folder, filled with made-up articles.
 */
class SearchServiceTest {

	@TempDir
	Path folder;

	SearchIndex index;

	SearchService search;

	final Map<Long, Document> articles = new LinkedHashMap<>();

	@BeforeEach
	void open() {
		index = new SearchIndex(new SearchProperties(folder));
		search = new SearchService(index, TaxonomyLoader.fromClasspath(RulesProperties.TAXONOMY), BundledRules.properties());
	}

	@AfterEach
	void close() throws Exception {
		index.destroy();
	}

	@Test
	void aTitleMatchOutranksASummaryMatchWhichOutranksTheBody() {
		addMigraineArticles();

		// ties: by the treatment's place in the taxonomy, then by title
		assertThat(search.search("migraine").ids()).containsExactly(4L, 3L, 5L, 6L, 2L, 1L);
	}

	@Test
	void everyWordMustMatchSomewhere() {
		add(1, "Ketamine for pain", "Summary.", "Relief of headaches.", "ketamine", 3);
		add(2, "Ketamine", "Summary.", "Nothing about it.", "ketamine", 3);
		commit();

		assertThat(search.search("ketamine headaches").ids()).containsExactly(1L);
		assertThat(search.search("ketamine").ids()).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void whenNoArticleHasEveryWordThoseWithSomeComeRarerAndMoreWordsFirst() {
		// filed under no treatment the words name, which would come first
		add(1, "Kratom tea", "Summary.", "Leaves.", "unclassified", 6);
		add(2, "Infusions", "Summary.", "Ketamine infusions for kratom users.", "unclassified", 6);
		add(3, "Acupuncture", "Summary.", "Needles.", "unclassified", 6);
		add(4, "Other", "Summary.", "Nothing.", "unclassified", 6);
		commit();

		// ketamine and needles are in one article each, kratom in two: a rare word in the text
		// counts more than a commoner one in the title
		SearchHits some = search.search("ketamine kratom needles Zebra \"kratom needles\"");
		assertThat(some.ids()).containsExactly(2L, 3L, 1L);
		assertThat(some.someWordsOnly()).isTrue();
		assertThat(some.foundNowhere()).containsExactly("Zebra", "kratom needles");

		SearchHits every = search.search("kratom leaves");
		assertThat(every.ids()).containsExactly(1L);
		assertThat(every.someWordsOnly()).isFalse();
		assertThat(every.foundNowhere()).isEmpty();
		assertThat(search.search("zebra unicorn").ids()).isEmpty();
		assertThat(search.search("zebra unicorn").someWordsOnly()).isFalse();
		assertThat(search.search("zebra").someWordsOnly()).isFalse();
	}

	@Test
	void withSomeWordsOnlyWordsInNearlyEveryArticleCountForLittle() {
		add(1, "Pain relief with ketamine", "Summary.", "Relief of pain.", "ketamine", 3);
		add(2, "Needles", "Summary.", "Acupuncture.", "acupuncture", 1);
		for (long id = 3; id <= 8; id++) {
			add(id, "Other " + id, "Summary.", "Pain and relief.", "kratom", 2);
		}
		commit();

		assertThat(search.search("acupuncture pain relief").ids()).startsWith(2L).hasSize(8);
	}

	@Test
	void withSomeWordsOnlyTheFillerWordsOfAQuestionDoNotCount() {
		add(1, "How does ketamine work", "Summary.", "How it works.", "ketamine", 3);
		add(2, "Needles", "Summary.", "Acupuncture for pain.", "acupuncture", 1);
		add(3, "Kratom", "Summary.", "What does kratom do? It works.", "kratom", 2);
		add(4, "Tea", "Summary.", "Tea works for some.", "kratom", 2);
		commit();

		SearchHits question = search.search("how does acupuncture work");
		assertThat(question.ids()).startsWith(2L, 1L).hasSize(4);
		assertThat(question.someWordsOnly()).isTrue();
		// with every word, filler words count as any other
		assertThat(search.search("how does ketamine work").ids()).containsExactly(1L);
		// and a question of filler words only still finds what has some of them
		assertThat(search.search("how does what").ids()).containsExactlyInAnyOrder(1L, 3L);
	}

	@Test
	void stemmingFindsOtherFormsOfAWord() {
		add(1, "About migraine", "Summary.", "Kratom acts on opioid receptors.", "kratom", 2);
		commit();

		assertThat(search.search("migraines").ids()).containsExactly(1L);
		assertThat(search.search("receptor").ids()).containsExactly(1L);
		assertThat(search.search("RÉCEPTORS").ids()).containsExactly(1L);
	}

	@Test
	void aSingularFindsThePluralsTheStemmerKeepsAsWords() {
		add(1, "Sessions", "Summary.", "Side effects are rare; the nerves and pains of a few sessions.", "acupuncture", 1);
		commit();

		for (String query : List.of("side effect", "\"side effect\"", "nerve", "pain", "session")) {
			assertThat(search.search(query).ids()).as(query).containsExactly(1L);
		}
		assertThat(search.search("side effect").suggestion()).isEmpty();
	}

	@Test
	void quotedWordsMatchOnlyAsAPhrase() {
		add(1, "Together", "Summary.", "Kratom binds to opioid receptors in the brain.", "kratom", 2);
		add(2, "Apart", "Summary.", "Receptors of many kinds; an opioid is one drug.", "kratom", 2);
		commit();

		assertThat(search.search("\"opioid receptors\"").ids()).containsExactly(1L);
		assertThat(search.search("opioid receptors").ids()).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void synonymsFindTheOtherNames() {
		add(1, "A tea", "Summary.", "Kratom tea from Southeast Asia.", "kratom", 2);
		add(2, "Needles", "Summary.", "Nothing about it.", "acupuncture", 1);
		commit();

		assertThat(search.search("Mitragyna speciosa").ids()).containsExactly(1L);
	}

	@Test
	void aTermNameFindsTheArticlesFiledUnderIt() {
		add(1, "How it works", "Summary.", "It blocks a receptor.", "ketamine", 3, "NMDA receptor antagonism");
		add(2, "Other", "Summary.", "Nothing about it.", "ketamine", 3);
		commit();

		assertThat(search.search("NMDA antagonist").ids()).containsExactly(1L);
	}

	@Test
	void misspellingsGetTheClosestWordOfTheArticles() {
		add(1, "Migraine relief", "Summary.", "Ketamine and acupuncture for migraines.", "ketamine", 3);
		commit();

		assertThat(search.search("ketamin", true).suggestion()).contains("ketamine");
		// no article has "zebra", but the corrected word is the library's own
		assertThat(search.search("ketamin zebra", true).suggestion()).contains("ketamine zebra");
		assertThat(search.search("acupunture for migrane", true).suggestion()).contains("acupuncture for migraine");
		assertThat(search.search("Ketamin", true).ids()).isEmpty();
	}

	@Test
	void aCorrectionThatFindsABetterMatchIsSearchedAtOnce() {
		add(1, "Migraine relief", "Summary.", "Ketamine and acupuncture for migraines.", "ketamine", 3);
		add(2, "Needles", "Summary.", "Acupuncture.", "acupuncture", 1);
		commit();

		SearchHits corrected = search.search("ketamin migrane");
		SearchHits asTyped = search.search("ketamin migrane", true);

		assertThat(corrected.ids()).containsExactly(1L);
		assertThat(corrected.searched()).isEqualTo("ketamine migraine");
		assertThat(corrected.correctedFrom()).contains("ketamin migrane");
		assertThat(corrected.suggestion()).isEmpty();
		assertThat(asTyped.ids()).isEmpty();
		assertThat(asTyped.searched()).isEqualTo("ketamin migrane");
		assertThat(asTyped.correctedFrom()).isEmpty();
		assertThat(asTyped.suggestion()).contains("ketamine migraine");
		// words that find articles are never corrected
		assertThat(search.search("acupuncture").correctedFrom()).isEmpty();
	}

	@Test
	void aShortWordIsNotChangedIntoAnotherWordTwoEditsAway() {
		add(1, "Spinal cord", "Summary.", "Ketamine acts here, in the spinal cord, and hurts nobody.", "ketamine", 3);
		commit();

		// "spine" → "spinal" and "hurt" → "here" are two edits: other words, not misspellings
		for (String query : List.of("spine", "hurd")) {
			assertThat(search.search(query, true).suggestion()).as(query).isEmpty();
			assertThat(search.search(query).correctedFrom()).as(query).isEmpty();
		}
		// one edit is a misspelling; two are too in a longer word
		assertThat(search.search("spinl").searched()).isEqualTo("spinal");
		assertThat(search.search("ketamnie").searched()).isEqualTo("ketamine");
	}

	@Test
	void anOrdinaryWordIsNotCorrectedBesideAWordNoArticleHas() {
		add(1, "Spinal cord", "Summary.", "Ketamine blocks receptors in the spinal cord.", "ketamine", 3);
		add(2, "Needles", "Summary.", "Acupuncture for the back.", "acupuncture", 1);
		commit();

		// "chiropractic" is in no article: "spinal" alone would list an article about something else
		SearchHits chiropractic = search.search("chiropractic spinl");
		assertThat(chiropractic.ids()).isEmpty();
		assertThat(chiropractic.correctedFrom()).isEmpty();
		assertThat(search.search("chiropractic spinl", true).suggestion()).isEmpty();
		// a word of the library's vocabulary is corrected though another word is found nowhere
		assertThat(search.search("does acupunture hurt").searched()).isEqualTo("does acupuncture hurt");
		assertThat(search.search("does acupunture hurt").ids()).containsExactly(2L);
		// and so is an ordinary word when every corrected word is in some article
		assertThat(search.search("acupuncture spinl").searched()).isEqualTo("acupuncture spinal");
	}

	@Test
	void theArticlesAboutATreatmentTheWordsNameComeFirst() {
		add(1, "Safer than the rest", "Summary.", "Ketamine infusions.", "ketamine", 3);
		add(2, "Leaves", "Summary.", "Kratom tea.", "kratom", 2);
		add(3, "Pads", "Summary.", "Needles.", "acupuncture", 1);
		commit();

		// "safe" (in a title) and "kratom" (in a text) are as rare, but the question is about kratom
		assertThat(search.search("is kratom safe").ids()).containsExactly(2L, 1L);
		assertThat(search.search("is Mitragyna speciosa safe").ids()).containsExactly(2L, 1L);
		assertThat(search.search("safe").ids()).containsExactly(1L);
	}

	@Test
	void theBestOfTheHitsAListKeepsAreThoseOfTheWholeRankingInItsOrder() {
		addMigraineArticles();

		SearchHits migraine = search.search("migraine");
		assertThat(migraine.ids()).containsExactly(4L, 3L, 5L, 6L, 2L, 1L);
		assertThat(migraine.best(id -> true, 2)).containsExactly(4L, 3L);
		assertThat(migraine.best(id -> id != 3 && id != 5, 3)).containsExactly(4L, 6L, 2L);
		assertThat(migraine.best(id -> id % 2 == 1, 10)).containsExactly(3L, 5L, 1L);
		assertThat(migraine.best(id -> true, 0)).isEmpty();
		List<Long> every = new ArrayList<>();
		migraine.forEachHit(number -> every.add(migraine.numbering()[number]));
		assertThat(every).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
		// the articles filed under a treatment the words name still come first
		SearchHits aboutKratom = search.search("kratom migraine");
		assertThat(aboutKratom.ids()).containsExactly(5L, 6L);
		assertThat(aboutKratom.best(id -> true, 1)).containsExactly(5L);
		assertThat(aboutKratom.best(id -> id != 5, 1)).containsExactly(6L);
	}

	@Test
	void knownAndFindingWordsGetNoSuggestion() {
		add(1, "Receptors", "Summary.", "Opioid receptors.", "kratom", 2);
		commit();

		assertThat(search.search("receptor").suggestion()).isEmpty();
		assertThat(search.search("tens").suggestion()).isEmpty();
		assertThat(search.search("the").suggestion()).isEmpty();
		assertThat(search.search("zzzzqqq").suggestion()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "?", "~", "\"", "(", ")", "[", ":", "\\", "AND", "OR", "NOT", "\"unbalanced", "ket*",
			"kratom~", "title:kratom", "(kratom", "kratom)", "[a TO z]", "+kratom -tea", "kratom^4", "/kra.*/", "{!}",
			"\"\"", "\" \"", "&& ||", "\\\"kratom\\\"" })
	void querySyntaxIsJustText(String text) {
		add(1, "Kratom", "Summary.", "Kratom tea.", "kratom", 2);
		commit();

		SearchHits hits = search.search(text);

		assertThat(hits.ids()).isSubsetOf(1L);
		assertThat(search.snippets(hits, hits.ids())).hasSameSizeAs(hits.ids());
	}

	@Test
	void snippetsMarkTheMatchedWordsAndPhrasesOnly() {
		add(1, "Kratom", "Summary.", "Receptors are everywhere. Kratom binds to opioid receptors & more <b>.", "kratom", 2);
		commit();

		SearchHits hits = search.search("\"opioid receptors\"");
		String snippet = search.snippets(hits, hits.ids()).get(1L);

		assertThat(snippet).isEqualTo("Kratom binds to <mark>opioid</mark> <mark>receptors</mark> &amp; more &lt;b&gt;.");
		assertThat(Jsoup.parseBodyFragment(snippet).select("b")).isEmpty();
	}

	@Test
	void eachArticleOfAPageGetsItsOwnPassageWhateverItsSegment() {
		add(1, "Kratom one", "Summary.", "Opening line.\nKratom tea is bitter.", "kratom", 2);
		add(2, "Kratom two", "Summary.", "Opening line.\nKratom powder binds opioid receptors.", "kratom", 2);
		commit();
		articles.clear();
		add(3, "Kratom three", "Summary.", "Opening line.\nReceptors meet kratom capsules.", "kratom", 2);
		add(4, "Tea", "Summary.", "Opening line.\nGreen tea only.", "other", 3);
		commit();

		SearchHits hits = search.search("kratom receptors");
		Map<Long, String> snippets = search.snippets(hits, List.of(3L, 4L, 1L, 2L));

		assertThat(snippets.keySet()).containsExactly(3L, 4L, 1L, 2L);
		assertThat(snippets.get(3L)).isEqualTo("<mark>Receptors</mark> meet <mark>kratom</mark> capsules.");
		assertThat(snippets.get(4L)).isEqualTo("Opening line.");
		assertThat(snippets.get(1L)).isEqualTo("<mark>Kratom</mark> tea is bitter.");
		assertThat(snippets.get(2L)).isEqualTo("<mark>Kratom</mark> powder binds opioid <mark>receptors</mark>.");
	}

	@Test
	void aHitWithoutMatchInTheTextShowsItsOpening() {
		add(1, "Kratom", "Summary.", "First line.\nSecond line.", "kratom", 2);
		commit();

		SearchHits hits = search.search("kratom");

		assertThat(search.snippets(hits, hits.ids())).containsEntry(1L, "First line.");
	}

	@Test
	void writingAnArticleAgainReplacesItsEntryAndRemovingDeletesIt() {
		add(1, "Kratom", "Summary.", "Tea.", "kratom", 2);
		add(2, "Ketamine", "Summary.", "Infusion.", "ketamine", 3);
		commit();
		articles.clear();
		add(1, "Kratom leaves", "Summary.", "Powder.", "kratom", 2);
		index.write(articles, List.of(2L), false);
		index.commit();

		assertThat(index.size()).isEqualTo(1);
		assertThat(search.search("powder").ids()).containsExactly(1L);
		assertThat(search.search("tea").ids()).isEmpty();
		assertThat(index.stamps()).containsOnlyKeys(1L);
	}

	@Test
	void anIndexOfAnotherFormatIsStartedAfresh() throws Exception {
		index.destroy();
		try (IndexWriter writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig())) {
			Document old = new Document();
			old.add(new StringField("id", "9", Field.Store.YES));
			writer.addDocument(old);
			writer.setLiveCommitData(Map.of("format", "library-search-0").entrySet());
			writer.commit();
		}

		index = new SearchIndex(new SearchProperties(folder));

		assertThat(index.size()).isZero();
		assertThat(index.stamps()).isEmpty();
	}

	/**
	 * Six articles about migraine, in the title (3, 4, 5), the summary (2, 6) or the body only (1),
	 * two of them also about kratom (5 filed under it, 6 saying it in its text), and one about neither.
	 */
	private void addMigraineArticles() {
		add(1, "Body only", "Nothing here.", "Migraine, migraine, migraine: the body says migraine often.", "acupuncture", 1);
		add(2, "In the summary", "Helps with migraines.", "Text.", "ketamine", 3);
		add(3, "Zebra migraine notes", "Nothing.", "Text.", "acupuncture", 1);
		add(4, "Alpha migraine notes", "Nothing.", "Text.", "acupuncture", 1);
		add(5, "Migraine and kratom", "Nothing.", "Text.", "kratom", 2);
		add(6, "Also in the summary", "A migraine story.", "Kratom and migraine.", "acupuncture", 1);
		add(7, "Unrelated", "Nothing.", "Acupuncture needles.", "acupuncture", 1);
		commit();
	}

	private void add(long id, String title, String summary, String body, String treatment, int position, String... tags) {
		List<TagName> mechanisms = java.util.Arrays.stream(tags).map(name -> new TagName(id, "tag", name)).toList();
		articles.put(id, ArticleDocument.of(new ArticleSource(id, "article-" + id, title, summary, body,
				Instant.ofEpochMilli(1000 + id), treatment, treatment, position), mechanisms, List.of()));
	}

	private void commit() {
		index.write(articles, List.of(), false);
		index.commit();
	}

}
