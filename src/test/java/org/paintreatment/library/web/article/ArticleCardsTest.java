package org.paintreatment.library.web.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.importer.LibraryImporter;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.paintreatment.library.web.article.ArticleCards.RenderedCard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cards of the lists are rendered once per article and snapshot: the same card is reused
 * until the library changes, a changed article shows its new card at once, text with markup in it
 * stays text, and a search snippet sits between the summary and the tags.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=article_cards", "library.watch=false", "library.stored-pages=false",
				"library.page-cache.max-bytes=0" })
@OwnSeedsFolder
class ArticleCardsTest {

	static final Path SEEDS = SeedsFolders.of(ArticleCardsTest.class);

	@LocalServerPort
	int port;

	@Autowired
	LibraryImporter importer;

	@Autowired
	ReadModel readModel;

	@Autowired
	ArticleCards cards;

	@BeforeEach
	void writeArticles() throws Exception {
		write("ice.txt", "Cold Packs <b>and</b> Knee Pain",
				"Ice <script>alert(1)</script> & rest calm a sore knee after a sprain, the clinic says.");
		write("needles.txt", "Acupuncture for Back Pain",
				"Acupuncture may trigger endorphin release, which eases chronic back pain for some patients. "
						+ "Bruising at the needle sites is a common side effect.");
		importer.importAll();
	}

	@Test
	void markupInATitleOrSummaryIsShownAsText() {
		Element card = cardTitled(http().page("/articles"), "Cold Packs <b>and</b> Knee Pain");

		assertThat(card.select("script, b")).isEmpty();
		assertThat(card.selectFirst(".article-card-summary").text()).contains("Ice <script>alert(1)</script> & rest");
		assertThat(card.selectFirst(".article-card-title a").attr("href")).matches("/articles/cold-packs-[a-z-]+");
	}

	@Test
	void aCardHasItsTreatmentTimeSummaryAndTagsAndASnippetBeforeTheTags() {
		Element card = cardTitled(http().page("/articles?q=bruising"), "Acupuncture for Back Pain");

		assertThat(card.children().eachAttr("class")).containsExactly("article-card-title", "article-card-meta",
				"article-card-summary", "article-card-snippet", "article-card-tags");
		assertThat(card.selectFirst(".badge-treatment").text()).isEqualTo("Acupuncture");
		assertThat(card.selectFirst(".badge-treatment").attr("href")).isEqualTo("/treatments/acupuncture");
		assertThat(card.selectFirst(".article-card-meta").text()).endsWith("1 min read");
		assertThat(card.selectFirst(".article-card-snippet mark").text()).isEqualToIgnoringCase("bruising");
		assertThat(card.select(".badge-mechanism").eachText()).contains("Endorphin release");
		assertThat(card.select(".badge-caveat").eachText()).contains("Side effects");
	}

	@Test
	void theHomePageShowsTheSameCards() {
		Element home = cardTitled(http().page("/"), "Acupuncture for Back Pain");
		Element list = cardTitled(http().page("/articles"), "Acupuncture for Back Pain");

		assertThat(home.outerHtml()).isEqualTo(list.outerHtml());
	}

	@Test
	void aCardIsRenderedOncePerSnapshotAndAfreshForTheNext() throws Exception {
		LibrarySnapshot before = readModel.current();
		List<IndexedArticle> articles = before.articles();
		RenderedCard first = cards.of(before, articles).get(0);

		assertThat(cards.of(before, articles).get(0)).isSameAs(first);

		write("ice.txt", "Cold Packs and Knee Pain, Revised", "Ice calms a sore knee after a sprain, the clinic says.");
		importer.importAll();

		assertThat(readModel.current()).isNotSameAs(before);
		assertThat(cardTitles(http().page("/articles"))).contains("Cold Packs and Knee Pain, Revised")
			.doesNotContain("Cold Packs <b>and</b> Knee Pain");
		assertThat(cardTitles(http().page("/"))).contains("Cold Packs and Knee Pain, Revised");
	}

	private static void write(String file, String title, String text) throws Exception {
		Files.writeString(SEEDS.resolve(file), title + "\n" + text + "\n");
	}

	private static Element cardTitled(Document page, String title) {
		return page.select(".article-card")
			.stream()
			.filter(card -> card.selectFirst(".article-card-title").text().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no card titled " + title + " in " + cardTitles(page)));
	}

	private static List<String> cardTitles(Document page) {
		return page.select(".article-card-title").eachText();
	}

	private LibraryHttp http() {
		return new LibraryHttp(port);
	}

}
