package org.paintreatment.library.web.article;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleApiTest extends HttpPagesTest {

	@Test
	void filteredListAgreesWithTheHtmlList() {
		JsonNode json = http.json("/api/articles?treatment=ketamine&caveat=not-fda-approved");
		Document html = http.page("/articles?treatment=ketamine&caveat=not-fda-approved");

		assertThat(json.get("total").asInt()).isEqualTo(1);
		assertThat(json.get("page").asInt()).isEqualTo(1);
		assertThat(json.get("size").asInt()).isEqualTo(20);
		assertThat(slugsOf(json.get("items"))).containsExactlyElementsOf(
				html.select(".article-card-title a").eachAttr("href").stream().map(url -> url.substring("/articles/".length())).toList());
		assertThat(json.get("facets").get("caveat").get("not-fda-approved").asLong()).isEqualTo(1);
		assertThat(json.get("facets").get("treatment").get("ketamine").asLong()).isEqualTo(1);
	}

	@Test
	void listItemsCarryTheFieldsClientsRelyOn() {
		JsonNode item = http.json("/api/articles?treatment=kratom").get("items").get(0);

		assertThat(item.get("slug").asString()).isNotBlank();
		assertThat(item.get("title").asString()).isNotBlank();
		assertThat(item.get("summary").asString()).isNotBlank();
		assertThat(item.get("url").asString()).isEqualTo("/articles/" + item.get("slug").asString());
		assertThat(item.get("treatment").asString()).isEqualTo("kratom");
		assertThat(texts(item.get("mechanisms"))).contains("opioid-receptor-binding");
		assertThat(texts(item.get("caveats"))).contains("legal-status-varies");
	}

	@Test
	void aMissingArticleIsA404WhateverTheClientTakes() {
		for (String accept : List.of("application/json", "text/html", "application/xml")) {
			assertThat(http.raw("GET", "/api/articles/no-such-article", Map.of("Accept", accept)).status()).as(accept)
				.isEqualTo(404);
		}
	}

	@Test
	void articleJsonAgreesWithTheArticlePage() {
		String url = http.json("/api/articles?treatment=acupuncture").get("items").get(0).get("url").asString();
		JsonNode json = http.json("/api" + url);
		Document html = http.page(url);

		assertThat(json.get("title").asString()).isEqualTo(html.select("h1").text());
		assertThat(json.get("treatment").get("slug").asString()).isEqualTo("acupuncture");
		assertThat(json.get("treatment").get("name").asString()).isEqualTo("Acupuncture");
		assertThat(html.select(".article-source .source-import").text()).contains(json.get("sourceFile").asString());
		assertThat(json.get("readingMinutes").asInt()).isPositive();
		List<String> mechanismUrls = new ArrayList<>();
		json.get("mechanisms").forEach(m -> {
			mechanismUrls.add(m.get("url").asString());
			assertThat(m.get("evidence").size()).isPositive();
		});
		assertThat(mechanismUrls).containsExactlyElementsOf(html.select(".how-it-works li > a").eachAttr("href"));
		assertThat(slugsOf(json.get("caveats"))).contains("individual-variation", "gradual-relief", "consult-a-professional");
		assertThat(json.get("html").asString()).contains("<p>");
	}

	@Test
	void articleJsonCarriesTheSourceAndReviewAsThePageShowsThem() {
		String url = advertisementUrl();
		JsonNode json = http.json("/api" + url);
		Document html = http.page(url);
		JsonNode source = json.get("source");

		assertThat(source.get("author").asString()).isEqualTo("Sarah").isEqualTo(html.select(".source-author").text());
		assertThat(source.get("type").asString()).isEqualTo("provider");
		assertThat(source.get("typeLabel").asString()).isEqualTo(html.select(".source-type > span").text());
		assertThat(source.get("typeEvidence").asString()).isEqualTo(html.select(".source-type q").text());
		assertThat(source.get("site").isNull()).isTrue();
		assertThat(source.get("url").isNull()).isTrue();
		assertThat(source.get("published").isNull()).isTrue();
		assertThat(json.get("reviewed").isNull()).isTrue();
		assertThat(json.get("reviewDue").isNull()).isTrue();
		assertThat(json.get("summary").asString()).startsWith("An advertisement for a ketamine clinic");
	}

	private String advertisementUrl() {
		for (JsonNode item : http.json("/api/articles?treatment=ketamine").get("items")) {
			if (item.get("title").asString().contains("Migraines")) {
				return item.get("url").asString();
			}
		}
		throw new AssertionError("no migraine article");
	}

	@Test
	void termListsCarryCountsMatchingTheHtml() {
		JsonNode treatments = http.json("/api/treatments");
		Document html = http.page("/treatments");

		for (JsonNode treatment : treatments) {
			// a treatment no article covers is named without a link to its page
			String count = html.select(".term-list li:has(h2:contains(" + treatment.get("name").asString() + ")) .count")
				.text();
			long n = treatment.get("articleCount").asLong();
			assertThat(count).isEqualTo(n == 0 ? "No article covers it yet" : n == 1 ? "1 article" : n + " articles");
			assertThat(treatment.get("description").asString()).isNotBlank();
		}
		assertThat(slugsOf(http.json("/api/mechanisms"))).contains("endorphin-release", "nmda-receptor-antagonism");
		assertThat(slugsOf(http.json("/api/caveats"))).contains("promotional-source", "not-fda-approved");
	}

	@Test
	void theArticleJsonCarriesWhatThePanelShows() {
		String url = advertisementUrl();
		JsonNode json = http.json("/api" + url);
		Document html = http.page(url);

		assertThat(json.get("promotional").asBoolean()).isTrue();
		assertThat(html.select(".before-you-read .promotional-flag")).hasSize(1);
		assertThat(json.get("keyFacts")).hasSize(html.select(".before-you-read .panel-facts li").size()).isNotEmpty();
		json.get("keyFacts").forEach(fact -> assertThat(fact.get("source").get("url").asString()).startsWith("http"));
		assertThat(json.get("notMentioned")).hasSize(html.select(".before-you-read .article-omits span").size());
	}

	@Test
	void treatmentsCarryTheirKeyFactsWithSourcesAndOtherTermsNone() {
		for (JsonNode treatment : http.json("/api/treatments")) {
			Document page = http.page(treatment.get("url").asString());
			JsonNode facts = treatment.get("keyFacts");
			assertThat(facts).as(treatment.get("slug").asString()).hasSize(page.select("dl.key-facts dd").size());
			facts.forEach(fact -> assertThat(fact.get("source").get("url").asString()).startsWith("http"));
		}
		assertThat(http.json("/api/treatments").findValues("keyFacts").stream().mapToInt(JsonNode::size).sum()).isPositive();
		assertThat(http.json("/api/mechanisms").get(0).has("keyFacts")).isFalse();
	}

	@Test
	void errorsAnswerProblemDocuments() {
		HttpResponse<String> unknownValue = http.get("/api/articles?mechanism=magic");
		HttpResponse<String> badSize = http.get("/api/articles?size=1000");
		HttpResponse<String> unknownArticle = http.get("/api/articles/no-such-article");

		assertThat(unknownValue.statusCode()).isEqualTo(400);
		assertThat(unknownValue.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(http.json("/api/articles?mechanism=magic", 400).get("parameter").asString()).isEqualTo("mechanism");
		assertThat(badSize.statusCode()).isEqualTo(400);
		assertThat(unknownArticle.statusCode()).isEqualTo(404);
		assertThat(http.json("/api/articles/no-such-article", 404).get("status").asInt()).isEqualTo(404);
	}

	private static List<String> slugsOf(JsonNode array) {
		List<String> slugs = new ArrayList<>();
		array.forEach(node -> slugs.add(node.get("slug").asString()));
		return slugs;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}

}
