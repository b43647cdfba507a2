package org.paintreatment.library.web.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TaxonomyPagesTest extends HttpPagesTest {

	@Test
	void treatmentsPageListsEachTreatmentWithItsArticleCount() {
		Document page = http.page("/treatments");

		assertThat(countOf(page, "/treatments/ketamine")).isEqualTo("3 articles");
		assertThat(countOf(page, "/treatments/kratom")).isEqualTo("1 article");
		assertThat(countOf(page, "/treatments/acupuncture")).isEqualTo("1 article");
	}

	@Test
	void aTermNoArticleCoversIsNamedButNotOfferedAsALink() {
		List<String> uncovered = new ArrayList<>();
		for (String kind : List.of("treatments", "mechanisms", "caveats")) {
			Document index = http.page("/" + kind);
			for (JsonNode term : http.json("/api/" + kind)) {
				String url = term.get("url").asString();
				boolean covered = term.get("articleCount").asInt() > 0;
				assertThat(index.select("a[href=" + url + "]")).as(url).hasSize(covered ? 1 : 0);
				if (!covered) {
					uncovered.add(url);
					assertThat(index.select(".term-list li:contains(" + term.get("name").asString() + ") .count").text())
						.isEqualTo("No article covers it yet");
				}
			}
		}
		Document notFound = http.page("/no-such-page", 404);
		Document home = http.page("/");

		assertThat(uncovered).contains("/treatments/tens");
		for (String url : uncovered) {
			assertThat(notFound.select("a[href=" + url + "]")).as(url).isEmpty();
			assertThat(home.select("a[href=" + url + "]")).as(url).isEmpty();
		}
		assertThat(notFound.select(".ways-back a[href=/treatments/ketamine]")).hasSize(1);
	}

	@Test
	void theTreatmentPageOfATreatmentNoArticleCoversSaysSo() {
		Document page = http.page("/treatments/tens");

		assertThat(page.select("h1").text()).isEqualTo("TENS");
		assertThat(page.select(".no-articles").text()).isEqualTo("No article covers this treatment yet.");
	}

	@Test
	void treatmentPageListsItsArticlesAndWhatTheyState() {
		Document page = http.page("/treatments/ketamine");

		assertThat(page.select("h1").text()).isEqualTo("Ketamine");
		assertThat(page.select(".lead").text()).isNotBlank();
		assertThat(page.select("#treatment-articles").text()).isEqualTo("3 articles");
		assertThat(page.select("section:has(#treatment-mechanisms) a[href=/mechanisms/nmda-receptor-antagonism] + .count")
			.text()).isEqualTo("3 articles");
		assertThat(page.select("section:has(#treatment-caveats) a[href=/caveats/not-fda-approved] + .count").text())
			.isEqualTo("1 article");
		assertThat(page.select("a[href=/mechanisms/opioid-receptor-binding]")).isEmpty();
	}

	@Test
	void mechanismPageShowsTreatmentsAndQuotedArticles() {
		Document page = http.page("/mechanisms/nmda-receptor-antagonism");

		assertThat(page.select("h1").text()).isEqualTo("NMDA receptor antagonism");
		assertThat(page.select("section:has(#term-treatments) a[href=/treatments/ketamine] + .count").text())
			.isEqualTo("3 articles");
		assertThat(page.select(".quoted-articles > li")).hasSize(3);
		// each quote states the claim about the treatment, not a definition of the receptor
		page.select(".quoted-articles > li").forEach(item -> assertThat(item.select("blockquote").text()).containsIgnoringCase("ketamine"));
	}

	@Test
	void caveatPageShowsTheSentencesThatStateIt() {
		Document page = http.page("/caveats/legal-status-varies");

		assertThat(page.select(".quoted-articles > li")).hasSize(1);
		assertThat(page.select(".quoted-articles blockquote").text()).containsIgnoringCase("status");
	}

	@Test
	void unknownTermsAnswer404() {
		http.page("/treatments/homeopathy", 404);
		http.page("/mechanisms/magic", 404);
		http.page("/caveats/none-at-all", 404);
	}

	@Test
	void anUnknownTermOffersTheArticlesItsWordsFind() {
		JsonNode found = http.json("/api/articles?q=nmda+antagonism").get("items");
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < Math.min(3, found.size()); i++) {
			expected.add(found.get(i).get("url").asString());
		}

		assertThat(http.page("/mechanisms/nmda-antagonism", 404).select(".nearest-articles a").eachAttr("href"))
			.isNotEmpty()
			.containsExactlyElementsOf(expected);
		assertThat(http.page("/treatments/homeopathy", 404).select(".nearest-articles")).isEmpty();
	}

	@Test
	void compareCellsMatchTheArticleData() {
		Map<String, Integer> expected = new HashMap<>();
		for (JsonNode item : http.json("/api/articles").get("items")) {
			String treatment = item.get("treatment").asString();
			item.get("mechanisms").forEach(m -> expected.merge(treatment + "/mechanism/" + m.asString(), 1, Integer::sum));
			item.get("caveats").forEach(c -> expected.merge(treatment + "/caveat/" + c.asString(), 1, Integer::sum));
			item.get("conditions").forEach(c -> expected.merge(treatment + "/condition/" + c.asString(), 1, Integer::sum));
		}
		Document page = http.page("/compare");
		Map<String, Integer> shown = new HashMap<>();
		for (Element table : page.select("table.matrix")) {
			for (Element cell : table.select("td")) {
				Element link = cell.selectFirst("a:not(.library-facts)");
				if (link != null) {
					shown.put(cell.attr("data-treatment") + "/" + table.attr("data-kind") + "/" + cell.attr("data-term"),
							Integer.parseInt(link.text()));
					assertThat(link.attr("href")).isEqualTo("/articles?treatment=" + cell.attr("data-treatment") + "&"
							+ table.attr("data-kind") + "=" + cell.attr("data-term"));
				}
			}
		}
		assertThat(shown).isEqualTo(expected);
	}

	@Test
	void aCompareCellLinksToTheFilteredListOfThatManyArticles() {
		Element cell = http.page("/compare").selectFirst("td[data-treatment=ketamine][data-term=nmda-receptor-antagonism] a");

		Document list = http.page(cell.attr("href"));

		assertThat(list.select(".article-card")).hasSize(Integer.parseInt(cell.text()));
	}

	private static String countOf(Document page, String href) {
		Element item = page.selectFirst(".term-list li:has(a[href=" + href + "])");
		assertThat(item).as(href).isNotNull();
		return item.select(".count").text();
	}

}
