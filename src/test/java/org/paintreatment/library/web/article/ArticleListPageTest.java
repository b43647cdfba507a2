package org.paintreatment.library.web.article;

import java.net.http.HttpResponse;
import java.util.ArrayList;
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
	void eachGroupSaysItsChoicesAreAlternativesAndTheFormSaysGroupsMustAllHold() {
		Document page = http.page("/articles");

		assertThat(page.select("fieldset.facet:has(input[name=treatment]) legend").text()).isEqualTo("Treatments (any of)");
		assertThat(page.select("fieldset.facet:has(input[name=caveat]) legend").text()).isEqualTo("Caveats (any of)");
		// every chosen quality question must be met
		assertThat(page.select("fieldset.facet-quality legend").text()).isEqualTo("The article\u2026 (all of)");
		assertThat(page.select("form.facets .facets-explained").text())
			.contains("must match every group you use", "within a group, any ticked choice");
	}

	@Test
	void chipsJoinTheValuesOfAKindWithOrAndTheKindsWithAnd() {
		Document page = http.page("/articles?treatment=ketamine&treatment=kratom&caveat=side-effects&q=pain");

		assertThat(page.select(".active-filters > li")).extracting(ArticleListPageTest::chipText)
			.containsExactly("Treatment: Ketamine or Kratom", "and Caveat: Side effects", "and Words: \u201Cpain\u201D");
		Element kratom = page.selectFirst(".active-filters a[aria-label='Remove filter Treatment: Kratom']");
		assertThat(kratom.attr("href")).isEqualTo("/articles?treatment=ketamine&caveat=side-effects&q=pain");
		assertThat(page.selectFirst(".active-filters a[aria-label='Remove filter Treatment: Ketamine']").attr("href"))
			.isEqualTo("/articles?treatment=kratom&caveat=side-effects&q=pain");
	}

	@Test
	void oneValueWithCommasIsSeveralValuesAndSeveralWordsParametersAreOneText() {
		Document commas = http.page("/articles?treatment=ketamine,%20kratom&q=pain");
		Document repeated = http.page("/articles?treatment=ketamine&treatment=kratom&q=pain");
		Document twoQueries = http.page("/articles?q=ketamine&q=kratom");

		assertThat(commas.select(".active-filters > li")).extracting(ArticleListPageTest::chipText)
			.containsExactly("Treatment: Ketamine or Kratom", "and Words: \u201Cpain\u201D");
		assertThat(commas.select(".results, form.facets").outerHtml())
			.isEqualTo(repeated.select(".results, form.facets").outerHtml());
		assertThat(twoQueries.selectFirst("#list-q").attr("value")).isEqualTo("ketamine,kratom");
		assertThat(http.page("/articles?treatment=").select(".results-count").text())
			.isEqualTo(http.page("/articles").select(".results-count").text());
	}

	@Test
	void aTickedChoiceWithNoArticleStaysAndSaysWhyWhileUntickedOnesWithNoneAreHidden() {
		Document page = http.page("/articles?treatment=kratom&caveat=not-fda-approved");

		assertThat(page.select(".results-count").text()).isEqualTo("0 articles");
		assertThat(page.selectFirst("label[for=treatment-kratom]").text())
			.isEqualTo("Kratom (0) 0 articles \u2014 no article matches it together with your other choices");
		assertThat(page.selectFirst("label[for=caveat-not-fda-approved] .zero-note").text())
			.isEqualTo("\u2014 no article matches it together with your other choices");
		assertThat(page.select("input[name=treatment][value=acupuncture]")).isEmpty();
		assertThat(page.select("input[name=mechanism]")).isEmpty();
		assertThat(page.select(".zero-note")).hasSize(2);
	}

	@Test
	void theNumberBesideEveryChoiceIsWhatTickingItGivesOrAddsToTheHeadingsCount() {
		for (String path : List.of("/articles", "/articles?treatment=ketamine&caveat=not-fda-approved",
				"/articles?mechanism=nmda-receptor-antagonism", "/articles?q=pain&caveat=side-effects")) {
			Document page = http.page(path);
			long listed = total(page);
			List<String> wrong = new ArrayList<>();
			for (Element box : page.select("form.facets input[type=checkbox]:not([checked])")) {
				String count = page.selectFirst("label[for=" + box.id() + "] .count").text();
				String ticked = path + (path.contains("?") ? "&" : "?") + box.attr("name") + "=" + box.val();
				long expected = count.startsWith("+") ? listed + Long.parseLong(count.substring(1))
						: Long.parseLong(count.replaceAll("[()]", ""));
				if (total(http.page(ticked)) != expected) {
					wrong.add(box.id() + " " + count + " but " + ticked + " lists " + total(http.page(ticked)));
				}
			}
			for (Element box : page.select("form.facets input[type=checkbox][checked]")) {
				long count = Long.parseLong(page.selectFirst("label[for=" + box.id() + "] .count").text().replaceAll("[()]", ""));
				if (count > listed) {
					wrong.add(box.id() + " ticked, counts " + count + " of " + listed + " listed");
				}
			}
			assertThat(wrong).as("choices on %s (%d listed)", path, listed).isEmpty();
		}
	}

	@Test
	void theFoldedFiltersSayHowManyChoicesAreMade() {
		assertThat(http.page("/articles").select("details.filter-panel > summary").text()).isEqualTo("Filter");
		assertThat(http.page("/articles?treatment=ketamine&meets=risks&q=pain")
			.select("details.filter-panel > summary")
			.text()).isEqualTo("Filter (2 chosen)");
		assertThat(http.page("/articles").select("details.filter-panel form.facets input[type=checkbox]")).isNotEmpty();
	}

	@Test
	void theScriptThatAppliesAChangeIsAFileUnderAHashedUrlAndNothingOnThePageIsInline() {
		Document page = http.page("/articles?treatment=ketamine");
		String src = page.select("script[src]").attr("src");

		HttpResponse<String> script = http.get(src);

		assertThat(src).matches("/js/filters-[0-9a-f]{32}\\.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
		assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
		assertThat(script.body()).contains("form.facets");
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
			.noneMatch(attribute -> attribute.getKey().startsWith("on")));
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
		// pages whose first item's place overflows an int: a 500 before the place was counted in longs
		assertThat(http.page("/articles?page=200000000", 404).select("h1").text()).isEqualTo("Page not found");
		assertThat(http.page("/articles?page=2147483647&q=pain", 404).select("h1").text()).isEqualTo("Page not found");
		assertThat(http.json("/api/articles?page=200000000").get("items")).isEmpty();
	}

	/** A chip group's words as read, without its remove links. */
	private static String chipText(Element item) {
		Element copy = item.clone();
		copy.select("a.remove-filter").remove();
		return copy.text();
	}

	private static long total(Document page) {
		return Long.parseLong(page.selectFirst(".results-count").text().replaceAll(" articles?", ""));
	}

	private static long facetCount(Document page, String parameter, String slug) {
		Element input = page.selectFirst("input[name=" + parameter + "][value=" + slug + "]");
		assertThat(input).as("facet value %s=%s", parameter, slug).isNotNull();
		String count = page.selectFirst("label[for=" + input.id() + "] .count").text();
		return Long.parseLong(count.replaceAll("[()+]", ""));
	}

}
