package org.paintreatment.library.web.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsing by condition: the index, a condition's page by treatment, the filter, the matrix, the
 * home page's entry point, the JSON and the sitemap, checked against one another.
 */
class ConditionPagesTest extends HttpPagesTest {

	/** Each condition's article count, as /api/conditions gives it. */
	private Map<String, Long> conditionCounts() {
		Map<String, Long> counts = new HashMap<>();
		http.json("/api/conditions").forEach(term -> counts.put(term.get("slug").asString(), term.get("articleCount").asLong()));
		return counts;
	}

	private String conditionWithArticles() {
		return conditionCounts().entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 0)
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.orElseThrow(() -> new AssertionError("no article is about a condition"));
	}

	/** Every article's conditions by strength, from /api/articles/{slug}: "slug strength" pairs. */
	private Map<String, Set<String>> conditionsByArticle() {
		Map<String, Set<String>> byArticle = new HashMap<>();
		for (JsonNode item : http.json("/api/articles?size=100").get("items")) {
			Set<String> conditions = new HashSet<>();
			http.json("/api/articles/" + item.get("slug").asString())
				.get("conditions")
				.forEach(c -> conditions.add(c.get("slug").asString() + " " + c.get("strength").asString()));
			byArticle.put(item.get("slug").asString(), conditions);
		}
		return byArticle;
	}

	@Test
	void conditionsIndexAsksWhatTheReaderWantsReliefFromWithEachCount() {
		Document page = http.page("/conditions");

		assertThat(page.select("h1").text()).isEqualTo("What do you want relief from?");
		conditionCounts().forEach((slug, count) -> {
			if (count == 0) {
				assertThat(page.select("a[href=/conditions/" + slug + "]")).as("no link to %s, which no article covers", slug)
					.isEmpty();
			}
			else {
				assertThat(page.select(".term-list li:has(a[href=/conditions/" + slug + "]) .count").text())
					.isEqualTo(count == 1 ? "1 article" : count + " articles");
			}
		});
	}

	@Test
	void aConditionCountsOnlyTheArticlesAboutItNotThoseThatMentionIt() {
		Map<String, Set<String>> byArticle = conditionsByArticle();
		Map<String, Long> counts = conditionCounts();

		counts.forEach((slug, count) -> {
			long about = byArticle.values().stream().filter(tags -> tags.contains(slug + " about")).count();
			assertThat(count).as(slug).isEqualTo(about);
			JsonNode filtered = http.json("/api/articles?size=100&condition=" + slug);
			assertThat(filtered.get("total").asLong()).as(slug).isEqualTo(about);
			filtered.get("items").forEach(item -> assertThat(byArticle.get(item.get("slug").asString())).contains(slug + " about"));
		});
		assertThat(byArticle.values().stream().flatMap(Set::stream)).anyMatch(tag -> tag.endsWith(" mentioned"));
	}

	@Test
	void conditionPageShowsWhatTheArticlesSayHelpsByTreatmentWithQuotes() {
		String slug = conditionWithArticles();
		Document page = http.page("/conditions/" + slug);
		JsonNode json = http.json("/api/conditions/" + slug);

		assertThat(page.select("h1").text()).isEqualTo(json.get("name").asString());
		List<String> treatments = page.select(".condition-treatment h3 a").eachAttr("href");
		List<String> expected = new ArrayList<>();
		json.get("treatments").forEach(treatment -> expected.add(treatment.get("url").asString()));
		assertThat(treatments).isNotEmpty().containsExactlyElementsOf(expected);
		for (Element article : page.select(".condition-treatment .quoted-articles > li")) {
			String articleSlug = article.select("h4 a").attr("href").replace("/articles/", "");
			JsonNode tagged = http.json("/api/articles/" + articleSlug).get("conditions");
			List<String> evidence = new ArrayList<>();
			tagged.forEach(c -> {
				if (c.get("slug").asString().equals(slug)) {
					assertThat(c.get("strength").asString()).isEqualTo("about");
					c.get("evidence").forEach(sentence -> evidence.add(sentence.asString()));
				}
			});
			assertThat(article.select("blockquote").eachText()).isNotEmpty().containsExactlyElementsOf(evidence);
		}
		assertThat(page.select("a[href=/articles?condition=" + slug + "]")).hasSize(1);
	}

	@Test
	void conditionWithoutArticlesStillAnswersSayingNoArticleCoversIt() {
		String slug = conditionCounts().entrySet()
			.stream()
			.filter(entry -> entry.getValue() == 0)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();

		Document page = http.page("/conditions/" + slug, 200);

		assertThat(page.select("#condition-treatments + p").text()).isEqualTo("No article covers this condition yet.");
		assertThat(http.json("/api/conditions/" + slug).get("treatments")).isEmpty();
	}

	@Test
	void unknownConditionAnswers404AndABadFilterValue400() {
		http.page("/conditions/hangnail", 404);
		http.json("/api/conditions/hangnail", 404);
		assertThat(http.page("/articles?condition=hangnail", 400).text()).contains("condition");
		http.json("/api/articles?condition=hangnail", 400);
	}

	@Test
	void articleListOffersAConditionFilterWithCounts() {
		String slug = conditionWithArticles();
		Document page = http.page("/articles");

		Element box = page.selectFirst("input[name=condition][value=" + slug + "]");
		assertThat(box).isNotNull();
		assertThat(page.select("label[for=condition-" + slug + "]").text())
			.contains("(" + conditionCounts().get(slug) + ")");
		assertThat(http.json("/api/articles").get("facets").get("condition").get(slug).asLong())
			.isEqualTo(conditionCounts().get(slug));
	}

	@Test
	void articlePageAndJsonShowItsConditionsWithTheirStrength() {
		Map<String, Set<String>> byArticle = conditionsByArticle();
		String about = byArticle.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(t -> t.endsWith(" about")))
			.map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
		JsonNode conditions = http.json("/api/articles/" + about).get("conditions");
		Document page = http.page("/articles/" + about);

		List<String> aboutLinks = new ArrayList<>();
		List<String> mentioned = new ArrayList<>();
		conditions.forEach(c -> {
			assertThat(c.get("evidence")).isNotEmpty();
			if (c.get("strength").asString().equals("about")) {
				aboutLinks.add(c.get("url").asString());
			}
			else {
				mentioned.add(c.get("name").asString());
			}
		});
		assertThat(page.select(".article-conditions a").eachAttr("href")).containsExactlyElementsOf(aboutLinks);
		assertThat(page.select(".article-mentions .mentioned-condition").eachText()).containsExactlyElementsOf(mentioned);
		assertThat(page.select(".article-conditions").text()).startsWith("About:");
	}

	@Test
	void compareHasATreatmentByConditionMatrixMatchingTheFilter() {
		Document page = http.page("/compare");
		Element matrix = page.selectFirst("table.matrix[data-kind=condition]");
		assertThat(matrix).isNotNull();

		for (Element cell : matrix.select("td:has(a)")) {
			String url = "/api/articles?treatment=" + cell.attr("data-treatment") + "&condition=" + cell.attr("data-term");
			assertThat(cell.select("a").text()).isEqualTo(String.valueOf(http.json(url).get("total").asLong()));
		}
		assertThat(matrix.select("td:has(a)")).isNotEmpty();
	}

	@Test
	void homePageFirstAsksWhatTheReaderWantsReliefFromListingConditionsWithArticles() {
		Document page = http.page("/");
		Map<String, Long> counts = conditionCounts();

		assertThat(page.selectFirst(".home h2").text()).isEqualTo("What do you want relief from?");
		List<String> offered = page.select(".home-conditions .term-counts a").eachAttr("href");
		List<String> expected = counts.entrySet().stream().filter(e -> e.getValue() > 0)
			.map(e -> "/conditions/" + e.getKey()).toList();
		assertThat(offered).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void sitemapListsTheConditionPages() {
		Document sitemap = Jsoup.parse(http.get("/sitemap.xml").body(), "", Parser.xmlParser());
		List<String> locations = sitemap.select("urlset > url > loc").eachText();

		assertThat(locations).anyMatch(url -> url.endsWith("/conditions"));
		conditionCounts().keySet().forEach(slug -> assertThat(locations).anyMatch(url -> url.endsWith("/conditions/" + slug)));
	}

}
