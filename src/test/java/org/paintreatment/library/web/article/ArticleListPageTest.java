package org.paintreatment.library.web.article;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleListPageTest extends HttpPagesTest {

	@Test
	void ketamineFilterListsExactlyTheThreeKetamineArticles() {
		Document page = http.page("/articles?treatment=ketamine");

		assertThat(page.select(".results-count").text()).isEqualTo("3 articles");
		List<Element> cards = page.select(".article-card");
		assertThat(cards).hasSize(3);
		assertThat(cards).allSatisfy(card -> assertThat(card.select(".badge-treatment").text()).isEqualTo("Ketamine"));
	}

	@Test
	void facetCountsFollowTheCurrentFilters() {
		Document page = http.page("/articles?treatment=ketamine");

		assertThat(facetCount(page, "treatment", "ketamine")).isEqualTo(3);
		// other treatments show what choosing them too would add (values within a facet are OR)
		assertThat(facetCount(page, "treatment", "kratom")).isEqualTo(1);
		assertThat(facetCount(page, "caveat", "not-fda-approved")).isEqualTo(1);
		assertThat(facetCount(page, "mechanism", "nmda-receptor-antagonism")).isEqualTo(3);
		assertThat(page.select("input[name=mechanism][value=opioid-receptor-binding]")).isEmpty();
	}

	@Test
	void ketamineAndNotFdaApprovedGiveOneArticle() {
		Document page = http.page("/articles?treatment=ketamine&caveat=not-fda-approved");

		assertThat(page.select(".article-card")).hasSize(1);
		assertThat(page.select("input[name=treatment][value=ketamine]").hasAttr("checked")).isTrue();
		assertThat(page.select("input[name=caveat][value=not-fda-approved]").hasAttr("checked")).isTrue();
		assertThat(facetCount(page, "caveat", "not-fda-approved")).isEqualTo(1);
	}

	@Test
	void removingAFilterBringsBackTheWiderList() {
		Document narrowed = http.page("/articles?treatment=ketamine&caveat=not-fda-approved");
		String removeCaveat = narrowed.select(".active-filters li")
			.stream()
			.filter(item -> item.text().contains("Not FDA-approved"))
			.findFirst()
			.orElseThrow()
			.select("a.remove-filter")
			.attr("href");

		Document widened = http.page(removeCaveat);

		assertThat(removeCaveat).isEqualTo("/articles?treatment=ketamine");
		assertThat(widened.select(".article-card")).hasSize(3);
	}

	@Test
	void valuesOfDifferentFacetsMustAllHoldAndWithinAFacetAnyMay() {
		assertThat(http.page("/articles?treatment=ketamine&treatment=kratom").select(".article-card")).hasSize(4);
		assertThat(http.page("/articles?treatment=acupuncture&mechanism=nmda-receptor-antagonism")
			.select(".article-card")).isEmpty();
	}

	@Test
	void anEmptyResultExplainsItselfAndOffersTheWayBack() {
		Document page = http.page("/articles?treatment=acupuncture&mechanism=nmda-receptor-antagonism");

		assertThat(page.select(".empty-result").text()).contains("No article matches");
		assertThat(page.select(".empty-result a[href=/articles]")).hasSize(1);
		assertThat(page.select(".active-filters a.remove-filter")).hasSize(2);
	}

	@Test
	void wordsSearchTitleSummaryAndBody() {
		Document page = http.page("/articles?q=mitragynine");

		assertThat(page.select(".article-card")).hasSize(1);
		assertThat(page.select(".article-card .badge-treatment").text()).isEqualTo("Kratom");
		assertThat(page.select("#list-q").val()).isEqualTo("mitragynine");
	}

	@Test
	void pagesSplitTheListAndLinkToEachOther() {
		Document first = http.page("/articles?size=2");
		Document last = http.page("/articles?page=3&size=2");

		assertThat(first.select(".article-card")).hasSize(2);
		assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/articles?page=2&size=2");
		assertThat(last.select(".article-card")).hasSize(1);
		assertThat(last.select(".pagination a[rel=next]")).isEmpty();
	}

	@Test
	void filterFormIsAPlainGetForm() {
		Element form = http.page("/articles").selectFirst("form.facets");

		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/articles");
		assertThat(form.select("button[type=submit]")).hasSize(1);
	}

	@Test
	void unknownFilterValueAnswers400NamingTheParameter() {
		Document page = http.page("/articles?treatment=homeopathy", 400);

		assertThat(page.select(".bad-parameter").text()).isEqualTo("treatment");
		assertThat(page.select(".error-message").text()).contains("homeopathy");
	}

	@Test
	void malformedPageOrSizeAnswers400() {
		assertThat(http.page("/articles?page=abc", 400).select(".bad-parameter").text()).isEqualTo("page");
		assertThat(http.page("/articles?page=0", 400).select(".bad-parameter").text()).isEqualTo("page");
		assertThat(http.page("/articles?size=101", 400).select(".bad-parameter").text()).isEqualTo("size");
		assertThat(http.page("/articles?size=-5", 400).select(".bad-parameter").text()).isEqualTo("size");
	}

	@Test
	void aPagePastTheEndAnswers404() {
		assertThat(http.page("/articles?page=9", 404).select("h1").text()).isEqualTo("Page not found");
	}

	private static long facetCount(Document page, String parameter, String slug) {
		Element input = page.selectFirst("input[name=" + parameter + "][value=" + slug + "]");
		assertThat(input).as("facet value %s=%s", parameter, slug).isNotNull();
		String count = page.selectFirst("label[for=" + input.id() + "] .count").text();
		return Long.parseLong(count.replaceAll("[()]", ""));
	}

}
