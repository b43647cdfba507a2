package org.paintreatment.library.web.article;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Before you read" panel over real HTTP: above the text of every article, each caveat a
 * link to its evidence, the promotional flag only on a promotional source, and what the library
 * knows about the treatment that the article does not mention.
 */
class BeforeYouReadPageTest extends HttpPagesTest {

	@Test
	void everyArticleHasThePanelBeforeItsText() {
		for (JsonNode item : articles()) {
			Document page = http.page(item.get("url").asString());
			Element panel = page.selectFirst("aside.before-you-read");

			assertThat(panel).as(item.get("slug").asString()).isNotNull();
			assertThat(panel.select("h2").text()).isEqualTo("Before you read");
			assertThat(documentOrder(page, panel)).as(item.get("slug").asString())
				.isLessThan(documentOrder(page, page.selectFirst(".article-body")))
				.isLessThan(documentOrder(page, page.selectFirst("nav.toc, .article-body")));
			assertThat(documentOrder(page, panel)).isGreaterThan(documentOrder(page, page.selectFirst("h1")));
		}
	}

	@Test
	void eachCaveatInThePanelLinksToItsEvidenceLowerOnThePage() {
		for (JsonNode item : articles()) {
			Document page = http.page(item.get("url").asString());
			List<String> stated = new ArrayList<>();
			item.get("caveats").forEach(caveat -> stated.add(caveat.asString()));
			stated.remove("promotional-source");
			List<Element> links = page.select(".before-you-read .stated-caveats a");

			assertThat(links).as(item.get("slug").asString()).hasSize(stated.size());
			for (Element link : links) {
				Element evidence = page.getElementById(link.attr("href").substring(1));
				assertThat(evidence).as(link.attr("href")).isNotNull();
				assertThat(evidence.parents()).anyMatch(parent -> parent.hasClass("callout-caveats"));
				assertThat(evidence.selectFirst("a").text()).isEqualTo(link.text());
				assertThat(evidence.select("blockquote")).isNotEmpty();
				assertThat(documentOrder(page, evidence)).isGreaterThan(documentOrder(page, page.selectFirst(".article-body")));
			}
		}
	}

	@Test
	void thePromotionalFlagStandsApartAndOnlyWhereTheLibraryJudgesTheSourcePromotional() {
		int flagged = 0;
		for (JsonNode item : articles()) {
			Document page = http.page(item.get("url").asString());
			boolean promotional = item.get("caveats").toString().contains("\"promotional-source\"");
			Element flag = page.selectFirst(".before-you-read .promotional-flag");

			assertThat(flag != null).as(item.get("slug").asString()).isEqualTo(promotional);
			assertThat(page.select(".before-you-read .stated-caveats").text()).doesNotContain("Promotional source");
			if (promotional) {
				flagged++;
				assertThat(flag.text()).startsWith("Promotional source: this page advertises a provider.");
				Element evidence = page.getElementById(flag.selectFirst("a").attr("href").substring(1));
				assertThat(evidence.selectFirst("a").attr("href")).isEqualTo("/caveats/promotional-source");
				assertThat(documentOrder(page, flag)).isLessThan(documentOrder(page, page.selectFirst(".stated-caveats")));
			}
		}
		assertThat(flagged).as("promotional seed articles").isPositive();
	}

	@Test
	void theKratomArticleSaysWhatTheLibraryKnowsAndWhatTheArticleDoesNotMention() {
		JsonNode kratom = http.json("/api/articles?treatment=kratom").get("items").get(0);
		Document page = http.page(kratom.get("url").asString());
		Element panel = page.selectFirst(".before-you-read");

		assertThat(panel.select("h3").text()).isEqualTo("What the library knows about Kratom");
		assertThat(panel.select(".panel-facts .fact-topic").eachText()).contains("Regulatory status", "Known risks");
		assertThat(panel.select(".panel-facts li")).allSatisfy(fact -> assertThat(fact.select(".fact-source a")).hasSize(1));
		assertThat(panel.select(".panel-facts .fact-source a")).isNotEmpty()
			.allSatisfy(link -> assertThat(link.attr("href")).matches("https?://.+"));
		assertThat(kratom.get("caveats").toString()).doesNotContain("side-effects", "dependence-risk");
		assertThat(panel.select(".article-omits").text()).startsWith("This article does not mention:")
			.contains("known risks");
	}

	@Test
	void aTopicIsNotMentionedOnlyWhenTheArticleStatesNoneOfItsCaveats() {
		for (JsonNode item : articles()) {
			Document page = http.page(item.get("url").asString());
			String caveats = item.get("caveats").toString();
			String omits = page.select(".before-you-read .article-omits").text();

			assertThat(omits.contains("known risks"))
				.as(item.get("slug").asString() + " " + caveats + " / " + omits)
				.isEqualTo(page.select(".before-you-read .fact-topic").eachText().contains("Known risks")
						&& !caveats.contains("\"side-effects\"") && !caveats.contains("\"dependence-risk\""));
			assertThat(omits.contains("regulatory status")).as(item.get("slug").asString())
				.isEqualTo(page.select(".before-you-read .fact-topic").eachText().contains("Regulatory status")
						&& !caveats.contains("\"not-fda-approved\"") && !caveats.contains("\"legal-status-varies\""));
		}
	}

	private List<JsonNode> articles() {
		List<JsonNode> items = new ArrayList<>();
		http.json("/api/articles").get("items").forEach(items::add);
		assertThat(items).hasSize(5);
		return items;
	}

	private static int documentOrder(Document page, Element element) {
		assertThat(element).isNotNull();
		return page.getAllElements().indexOf(element);
	}

}
