package org.paintreatment.library.web.taxonomy;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's own key facts on the treatment pages, and /compare saying "not mentioned by
 * these articles" where its articles are silent, never a mark that could read as "no risk".
 */
class KeyFactsPagesTest extends HttpPagesTest {

	@Test
	void aTreatmentPageShowsItsKeyFactsEachWithItsSourceLink() {
		Document page = http.page("/treatments/kratom");
		Element facts = page.selectFirst("section:has(#key-facts)");

		assertThat(facts).isNotNull();
		assertThat(facts.select("h2").text()).isEqualTo("Key facts");
		assertThat(facts.select("dt").eachText()).containsExactly("Regulatory status", "Known risks");
		assertThat(facts.select("#facts-risks")).hasSize(1);
		assertThat(facts.select("dd")).isNotEmpty().allSatisfy(fact -> {
			assertThat(fact.selectFirst(".fact-source a").attr("href")).matches("https?://\\S+");
			assertThat(fact.selectFirst(".fact-source cite").text()).isNotBlank();
			assertThat(fact.selectFirst(".fact-source time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
		});
		assertThat(facts.select("dd").text()).containsIgnoringCase("addiction");
		assertThat(documentOrder(page, facts)).isLessThan(documentOrder(page, page.selectFirst("#treatment-articles")));
	}

	@Test
	void everySeedTreatmentPageHasKeyFacts() {
		for (String treatment : new String[] { "acupuncture", "kratom", "ketamine" }) {
			assertThat(http.page("/treatments/" + treatment).select("#key-facts + p + dl.key-facts dd")).as(treatment)
				.isNotEmpty();
		}
	}

	@Test
	void compareHasNoBareMarkAndSaysNotMentionedByTheseArticles() {
		Document page = http.page("/compare");

		assertThat(page.select("table.matrix td")).isNotEmpty().allSatisfy(cell -> {
			assertThat(cell.text()).as(cell.attributes().toString()).isNotBlank().isNotEqualTo("·");
			assertThat(cell.text()).doesNotContain("·");
			if (cell.select("a:not(.library-facts)").isEmpty()) {
				assertThat(cell.select(".not-mentioned").text()).isEqualTo("not mentioned by these articles");
			}
		});
		Element kratomSideEffects = page.selectFirst("td[data-treatment=kratom][data-term=side-effects]");
		assertThat(kratomSideEffects.text()).startsWith("not mentioned by these articles");
		assertThat(kratomSideEffects.selectFirst("a.library-facts").attr("href")).isEqualTo("/treatments/kratom#facts-risks");
		assertThat(http.page("/treatments/kratom").getElementById("facts-risks")).isNotNull();
	}

	private static int documentOrder(Document page, Element element) {
		assertThat(element).isNotNull();
		return page.getAllElements().indexOf(element);
	}

}
