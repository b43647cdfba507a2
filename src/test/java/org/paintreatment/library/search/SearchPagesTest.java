package org.paintreatment.library.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.LibraryTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the seeds over real HTTP: the article list page and its JSON mirror.
 */
@LibraryTest
class SearchPagesTest {

	static final String HEADACHES = "Ketamine Therapy for Chronic Headaches and Migraines";

	@LocalServerPort
	int port;

	LibraryHttp http;

	@BeforeEach
	void connect() {
		http = new LibraryHttp(port);
	}

	@Test
	void aPluralFindsTheSingularAndTheSingularThePlural() {
		Document migraines = search("migraines");
		Document receptor = search("receptor");

		assertThat(titles(migraines)).containsExactly(HEADACHES);
		assertThat(titles(search("migraine"))).containsExactly(HEADACHES);
		// the articles only say "receptors"
		assertThat(receptor.select(".article-card")).hasSize(4);
		assertThat(receptor.select(".article-card-snippet mark").eachText())
			.allSatisfy(word -> assertThat(word.toLowerCase(Locale.ROOT)).isEqualTo("receptors"));
	}

	@Test
	void caseAndAccentsAreIgnored() {
		assertThat(titles(search("KÉTAMINE"))).containsExactlyElementsOf(titles(search("ketamine"))).hasSize(3);
	}

	@Test
	void quotedWordsMatchAsAPhrase() {
		Document phrase = search("\"opioid receptors\"");
		Document words = search("opioid receptors");

		assertThat(phrase.select(".article-card")).hasSize(1);
		assertThat(phrase.select(".article-card .badge-treatment").text()).isEqualTo("Kratom");
		assertThat(phrase.select(".article-card-snippet").html()).contains("<mark>opioid</mark> <mark>receptors</mark>");
		assertThat(words.select(".article-card")).hasSizeGreaterThan(1);
	}

	@Test
	void titleMatchesComeFirstThenSummaryMatchesThenTheRestAndTiesByTreatmentThenTitle() {
		List<String> treatments = new ArrayList<>();
		http.json("/api/treatments").forEach(term -> treatments.add(term.get("slug").asString()));
		assertThat(http.json("/api/articles?q=chronic").get("items").get(0).get("title").asString()).isEqualTo(HEADACHES);
		Set<Integer> tiersSeen = new HashSet<>();
		for (String word : List.of("chronic", "relief", "pain", "ketamine", "kratom")) {
			JsonNode items = http.json("/api/articles?q=" + word).get("items");
			List<Integer> tiers = new ArrayList<>();
			items.forEach(item -> tiers.add(tier(item, word)));
			assertThat(tiers).as(word).isSorted();
			tiersSeen.addAll(tiers);
			assertTiesByTreatmentThenTitle(items, word, treatments);
		}
		assertThat(tiersSeen).as("title, summary and text matches all occur").contains(0, 1, 2);
	}

	private static void assertTiesByTreatmentThenTitle(JsonNode items, String word, List<String> treatments) {
		for (int i = 1; i < items.size(); i++) {
			JsonNode before = items.get(i - 1);
			JsonNode after = items.get(i);
			if (tier(before, word) == 1 && tier(after, word) == 1) {
				Comparator<JsonNode> tie = Comparator.<JsonNode>comparingInt(item -> treatments.indexOf(item.get("treatment").asString()))
					.thenComparing(item -> item.get("title").asString().toLowerCase(Locale.ROOT));
				assertThat(tie.compare(before, after)).as("%s before %s", before.get("title"), after.get("title"))
					.isLessThan(0);
			}
		}
	}

	@Test
	void eachResultShowsItsBestPassageWithTheWordsMarked() {
		Document page = search("migraines");
		Element snippet = page.selectFirst(".article-card-snippet");

		assertThat(snippet).isNotNull();
		assertThat(snippet.select("mark").eachText()).isNotEmpty()
			.allSatisfy(word -> assertThat(word.toLowerCase(Locale.ROOT)).startsWith("migraine"));
		assertThat(snippet.select("*").stream().skip(1).map(Element::tagName).distinct()).containsOnly("mark");
	}

	@Test
	void theArticleTextInASnippetIsEscaped() {
		String body = http.get("/articles?q=" + encode("whispers")).body();

		// "You've heard whispers of ketamine": the apostrophe arrives escaped, the word marked
		assertThat(body).contains("You&#39;ve heard <mark>whispers</mark> of ketamine");
	}

	@Test
	void aQueryWithMarkupIsShownAsText() {
		String query = "<script>alert(1)</script>";
		Document page = search(query);

		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("#list-q").val()).isEqualTo(query);
		assertThat(page.select(".active-filters").text()).contains(query);
		assertThat(page.select(".empty-result").text()).contains(query);
		assertThat(http.get("/articles?q=" + encode(query)).body()).doesNotContain("<script>alert");
	}

	@Test
	void controlCharactersInAQueryAreSpaces() {
		String body = http.get("/articles?q=ketamine%00%07infusion%7F").body();
		Document page = Jsoup.parse(body);

		assertThat(body).doesNotContain("\u0000").doesNotContain("\u0007").doesNotContain("\u007F");
		assertThat(page.select("#list-q").val()).isEqualTo("ketamine  infusion");
		assertThat(page.select(".article-card")).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "ketamin, ketamine", "acupunture, acupuncture", "kratum, kratom", "ketamin migraines, ketamine migraines" })
	void aMisspellingShowsTheCorrectedResultsAtOnceWithALinkToTheWordsAsTyped(String typed, String meant) {
		Document page = search(typed);
		Element typedLink = page.selectFirst(".search-corrected a");
		Document asTyped = http.page(typedLink.attr("href"));
		Element meantLink = asTyped.selectFirst(".search-suggestion a");

		assertThat(page.select(".search-corrected").text())
			.isEqualTo("Showing results for " + meant + " — search instead for " + typed);
		assertThat(titles(page)).isNotEmpty().isEqualTo(titles(search(meant)));
		assertThat(page.select("#list-q").val()).isEqualTo(meant);
		assertThat(typedLink.attr("href")).isEqualTo("/articles?q=" + encode(typed) + "&spell=off");
		assertThat(asTyped.select("#list-q").val()).isEqualTo(typed);
		assertThat(asTyped.select(".search-corrected")).isEmpty();
		assertThat(asTyped.select(".search-suggestion").text()).isEqualTo("Did you mean " + meant + "?");
		assertThat(meantLink.attr("href")).isEqualTo("/articles?q=" + encode(meant));
	}

	@Test
	void twoMisspeltWordsAreCorrectedInOneStep() {
		Document page = search("ketamin migrane");

		assertThat(page.select(".search-corrected strong").text()).startsWith("ketamine migraine");
		assertThat(titles(page)).containsExactly(HEADACHES);
		assertThat(page.select(".empty-result")).isEmpty();
	}

	@Test
	void theCorrectedSearchKeepsTheFilters() {
		Document page = http.page("/articles?treatment=ketamine&q=ketamin");
		Element link = http.page("/articles?treatment=ketamine&q=ketamin&spell=off").selectFirst(".search-suggestion a");

		assertThat(page.select(".search-corrected a").attr("href"))
			.isEqualTo("/articles?treatment=ketamine&q=ketamin&spell=off");
		assertThat(page.select(".article-card .badge-treatment").eachText()).containsOnly("Ketamine").hasSize(3);
		assertThat(link.attr("href")).isEqualTo("/articles?treatment=ketamine&q=ketamine");
	}

	@Test
	void aWordIsNotCorrectedIntoAnotherBesideAWordNoArticleHas() {
		Document page = search("chiropractic spine");
		JsonNode json = http.json("/api/articles?q=" + encode("chiropractic spine"));

		assertThat(page.select(".search-corrected, .search-suggestion")).isEmpty();
		assertThat(page.select(".article-card")).isEmpty();
		assertThat(json.get("suggestion").isNull()).isTrue();
		assertThat(json.get("correctedFrom").isNull()).isTrue();
		assertThat(json.get("searched").asString()).isEqualTo("chiropractic spine");
		assertThat(http.json("/api/articles?spell=off&q=" + encode("chiropractic spine")).get("suggestion").isNull())
			.isTrue();
	}

	@Test
	void aQuestionAboutATreatmentListsItsArticlesFirstWithTheirCaveats() {
		Document page = search("is kratom safe");

		assertThat(page.select(".article-card .badge-treatment").eachText()).first().isEqualTo("Kratom");
		assertThat(page.select("fieldset.facet:has(input[name=caveat]) legend").text()).isEqualTo("Caveats (any of)");
		assertThat(page.select("input[name=caveat]")).isNotEmpty();
		assertThat(search("does acupuncture hurt").select(".article-card .badge-treatment").eachText()).first()
			.isEqualTo("Acupuncture");
	}

	@Test
	void withoutAFilterAnEmptyResultAdvisesOtherWordsNotRemovingAFilter() {
		Document page = search("chiropractic spine");
		Document filtered = http.page("/articles?treatment=kratom&q=ketamine");

		assertThat(page.select(".empty-result").text()).doesNotContainIgnoringCase("remove a filter")
			.contains("Check the spelling");
		assertThat(filtered.select(".empty-result").text()).contains("Remove a filter above");
	}

	@Test
	void theSpellParameterOnlyTakesOff() {
		assertThat(http.page("/articles?q=ketamin&spell=no", 400).select(".bad-parameter").text()).isEqualTo("spell");
		assertThat(http.json("/api/articles?q=ketamin&spell=on", 400).get("parameter").asString()).isEqualTo("spell");
		assertThat(http.get("/articles?q=ketamin&spell=").statusCode()).isEqualTo(200);
	}

	@Test
	void aSearchWithoutResultsOffersTheTreatments() {
		Document page = search("homeopathy");

		assertThat(page.select(".results-count").text()).isEqualTo("0 articles");
		assertThat(page.select(".empty-result").text()).contains("No article matches “homeopathy”");
		assertThat(page.select(".empty-result-treatments a").eachAttr("href")).contains("/treatments/acupuncture",
				"/treatments/kratom", "/treatments/ketamine");
	}

	@Test
	void whenNoArticleHasEveryWordThePageListsThoseWithSomeAndSaysSo() {
		Document page = search("acupuncture zyxwvut");
		JsonNode some = http.json("/api/articles?q=" + encode("acupuncture zyxwvut"));
		JsonNode acupuncture = http.json("/api/articles?q=acupuncture");

		assertThat(page.select(".search-partial").text()).isEqualTo(
				"No article has every word of “acupuncture zyxwvut”. None has “zyxwvut”. These have some of them, the best matches first.");
		assertThat(page.select(".article-card")).hasSize(acupuncture.get("total").asInt()).isNotEmpty();
		assertThat(page.select(".empty-result")).isEmpty();
		assertThat(some.get("someWordsOnly").asBoolean()).isTrue();
		assertThat(some.get("items")).isEqualTo(acupuncture.get("items"));
		assertThat(acupuncture.get("someWordsOnly").asBoolean()).isFalse();
		assertThat(search("acupuncture").select(".search-partial")).isEmpty();

		String otherTreatment = null;
		for (JsonNode treatment : http.json("/api/treatments")) {
			JsonNode count = some.get("facets").get("treatment").get(treatment.get("slug").asString());
			if (count == null || count.asInt() == 0) {
				otherTreatment = treatment.get("slug").asString();
			}
		}
		assertThat(otherTreatment).isNotNull();
		Document filtered = http.page("/articles?treatment=" + otherTreatment + "&q=" + encode("acupuncture zyxwvut"));
		assertThat(filtered.select(".search-partial")).isEmpty();
		assertThat(filtered.select(".empty-result").text()).contains("No article matches “acupuncture zyxwvut” with these filters.");
	}

	@Test
	void searchCombinesWithTheFiltersAndTheirCounts() {
		Document searched = search("receptor");
		Document narrowed = http.page("/articles?treatment=kratom&q=receptor");

		assertThat(facetCount(searched, "treatment", "ketamine")).isEqualTo(3);
		assertThat(facetCount(searched, "treatment", "kratom")).isEqualTo(1);
		assertThat(searched.select("input[name=treatment][value=acupuncture]")).isEmpty();
		assertThat(narrowed.select(".article-card")).hasSize(1);
		assertThat(narrowed.select(".article-card .badge-treatment").text()).isEqualTo("Kratom");
		// the treatment counts still show what each treatment would add to the search
		assertThat(facetCount(narrowed, "treatment", "ketamine")).isEqualTo(3);
		assertThat(facetCount(narrowed, "mechanism", "opioid-receptor-binding")).isEqualTo(1);
		assertThat(narrowed.select("input[name=mechanism][value=nmda-receptor-antagonism]")).isEmpty();
		assertThat(http.page("/articles?treatment=acupuncture&q=receptor").select(".article-card")).isEmpty();
	}

	@Test
	void synonymsFindTheArticlesUnderTheirOtherNames() {
		assertThat(search("Mitragyna speciosa").select(".article-card .badge-treatment").eachText()).containsExactly("Kratom");
		assertThat(search("NMDA antagonist").select(".article-card .badge-treatment").eachText())
			.containsExactly("Ketamine", "Ketamine", "Ketamine");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "?", "~", "\"", "(", ")", "[", ":", "\\", "AND", "OR NOT", "\"unbalanced", "ket*",
			"kratom~2", "title:kratom", "(pain", "[1 TO 5]", "+pain -relief", "pain^10", "/kra.*/", "{}", "&& ||", "!",
			"\"\"", "\\\"pain\\\"" })
	void querySyntaxNeverBreaksTheSearch(String query) {
		assertThat(http.get("/articles?q=" + encode(query)).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/articles?q=" + encode(query)).statusCode()).isEqualTo(200);
	}

	@Test
	void anEmptyQueryListsEveryArticle() {
		assertThat(http.page("/articles?q=").select(".article-card")).hasSize(5);
		assertThat(http.page("/articles?q=+++").select(".article-card")).hasSize(5);
	}

	@Test
	void aQueryOver200CharactersIsRefused() {
		assertThat(http.page("/articles?q=" + "a".repeat(201), 400).select(".bad-parameter").text()).isEqualTo("q");
		assertThat(http.json("/api/articles?q=" + "a".repeat(201), 400).get("parameter").asString()).isEqualTo("q");
		assertThat(http.get("/articles?q=" + "a".repeat(200)).statusCode()).isEqualTo(200);
	}

	@Test
	void theApiGivesTheSameResultsWithSnippets() {
		JsonNode json = http.json("/api/articles?q=receptor");
		Document page = search("receptor");

		List<String> urls = new ArrayList<>();
		json.get("items").forEach(item -> urls.add(item.get("url").asString()));
		assertThat(urls).containsExactlyElementsOf(page.select(".article-card-title a").eachAttr("href"));
		json.get("items").forEach(item -> assertThat(item.get("snippet").asString()).contains("<mark>receptors</mark>"));
		assertThat(json.get("suggestion").isNull()).isTrue();
		assertThat(json.get("facets").get("treatment").get("ketamine").asLong()).isEqualTo(3);
	}

	@Test
	void theApiSaysWhatWasSearched() {
		JsonNode corrected = http.json("/api/articles?q=kratum");
		JsonNode asTyped = http.json("/api/articles?q=kratum&spell=off");

		assertThat(corrected.get("total").asInt()).isEqualTo(1);
		assertThat(corrected.get("searched").asString()).isEqualTo("kratom");
		assertThat(corrected.get("correctedFrom").asString()).isEqualTo("kratum");
		assertThat(corrected.get("suggestion").isNull()).isTrue();
		assertThat(asTyped.get("total").asInt()).isZero();
		assertThat(asTyped.get("searched").asString()).isEqualTo("kratum");
		assertThat(asTyped.get("correctedFrom").isNull()).isTrue();
		assertThat(asTyped.get("suggestion").asString()).isEqualTo("kratom");
	}

	@Test
	void withoutWordsTheApiHasNoSnippets() {
		JsonNode json = http.json("/api/articles");

		json.get("items").forEach(item -> assertThat(item.get("snippet").isNull()).isTrue());
		assertThat(json.get("suggestion").isNull()).isTrue();
	}

	@Test
	void theHeaderSearchBoxSearchesTheArticles() {
		Element form = http.page("/treatments").selectFirst("form.site-search");

		assertThat(form.attr("action")).isEqualTo("/articles");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("input[name=q]")).hasSize(1);
	}

	private Document search(String query) {
		return http.page("/articles?q=" + encode(query));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> titles(Document page) {
		return page.select(".article-card-title a").eachText();
	}

	/** 0: the word is in the title, 1: in the summary, 2: elsewhere. */
	private static int tier(JsonNode item, String word) {
		if (item.get("title").asString().toLowerCase(Locale.ROOT).contains(word)) {
			return 0;
		}
		return item.get("summary").asString().toLowerCase(Locale.ROOT).contains(word) ? 1 : 2;
	}

	private static long facetCount(Document page, String parameter, String slug) {
		Element input = page.selectFirst("input[name=" + parameter + "][value=" + slug + "]");
		assertThat(input).as("facet value %s=%s", parameter, slug).isNotNull();
		String count = page.selectFirst("label[for=" + input.id() + "] .count").text();
		return Long.parseLong(count.replaceAll("[()]", ""));
	}

}
