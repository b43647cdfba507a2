package org.paintreatment.library.web.article;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import org.paintreatment.library.text.ArticleRenderer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePageTest extends HttpPagesTest {

	@Test
	void everyArticleShowsItsMechanismsWithAQuoteFromItsOwnText() {
		for (String slug : allSlugs()) {
			Document page = http.page("/articles/" + slug);
			String body = normalised(page.select(".article-body").text());
			List<Element> mechanisms = page.select(".how-it-works li");

			assertThat(mechanisms).as(slug).isNotEmpty();
			for (Element mechanism : mechanisms) {
				assertThat(mechanism.select("a").attr("href")).startsWith("/mechanisms/");
				assertThat(mechanism.select("blockquote")).as(slug).isNotEmpty();
				mechanism.select("blockquote").forEach(quote -> assertThat(body).as(slug).contains(normalised(quote.text())));
			}
		}
	}

	@Test
	void everyArticleShowsItsCaveatsInACallout() {
		for (String slug : allSlugs()) {
			Document page = http.page("/articles/" + slug);
			String body = normalised(page.select(".article-body").text());

			assertThat(page.select("aside.callout-caveats h2").text()).as(slug).isEqualTo("What the article cautions");
			assertThat(page.select("aside.callout-caveats li a")).as(slug).isNotEmpty();
			page.select("aside.callout-caveats blockquote").forEach(quote -> assertThat(body).contains(normalised(quote.text())));
		}
	}

	@Test
	void everyQuoteLinksToItsSentenceMarkedInTheArticleBody() {
		for (String slug : allSlugs()) {
			Document page = http.page("/articles/" + slug);
			List<Element> links = page.select(".how-it-works .quote-source a, .callout-caveats .quote-source a");

			assertThat(links).as(slug).isNotEmpty();
			for (Element link : links) {
				String quote = link.parent().previousElementSibling().text();
				Element target = page.getElementById(link.attr("href").substring(1));
				assertThat(target).as(slug + " " + quote).isNotNull();
				assertThat(target.closest(".article-body")).as(slug + " " + quote).isNotNull();
				assertThat(normalised(target.text())).as(slug).contains(normalised(quote));
				assertThat(page.select("[id=" + target.id() + "]")).as("one place").hasSize(1);
			}
		}
	}

	@Test
	void tableOfContentsLinksResolveToHeadingIds() {
		for (String slug : allSlugs()) {
			Document page = http.page("/articles/" + slug);
			for (Element link : page.select("nav.toc a")) {
				String id = link.attr("href").substring(1);
				assertThat(page.getElementById(id)).as(slug + " " + id).isNotNull();
				assertThat(page.getElementById(id).tagName()).matches("h[2-4]");
			}
		}
	}

	/** The renderer keeps section headings off the page's own ids; it must know every one of them. */
	@Test
	void thePageOwnIdsAreTheOnesTheRendererKeepsHeadingsOff() {
		for (String slug : allSlugs()) {
			Document page = http.page("/articles/" + slug);
			List<String> pageIds = new ArrayList<>(page.select("[id]").eachAttr("id"));
			pageIds.removeAll(page.select(".article-body [id]").eachAttr("id"));

			assertThat(pageIds).as(slug).allMatch(ArticleRenderer::isPageId);
			assertThat(page.select("[id]").eachAttr("id")).as(slug).doesNotHaveDuplicates();
		}
	}

	@Test
	void headingAnchorsAreLabelledForScreenReaders() {
		Document page = http.page("/articles/" + articleWithContents());
		List<Element> anchors = page.select(".article-body a.heading-anchor");

		assertThat(anchors).isNotEmpty();
		anchors.forEach(anchor -> {
			assertThat(anchor.attr("aria-label")).startsWith("Link to the section");
			assertThat(anchor.attr("href")).isEqualTo("#" + anchor.parent().id());
		});
	}

	@Test
	void articlePageHasTitleTreatmentSummarySourceAndPreviewMeta() {
		JsonNode item = http.json("/api/articles?treatment=kratom").get("items").get(0);
		Document page = http.page(item.get("url").asString());

		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo(item.get("title").asString());
		assertThat(page.title()).startsWith(item.get("title").asString());
		assertThat(page.select(".article-kicker a.badge-treatment").attr("href")).isEqualTo("/treatments/kratom");
		assertThat(page.select(".article-source code").text()).endsWith(".txt");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(item.get("url").asString());
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(item.get("title").asString());
		assertThat(page.select("meta[property=og:description]").attr("content")).isNotBlank();
		assertThat(page.select("meta[name=twitter:title]").attr("content")).isEqualTo(item.get("title").asString());
	}

	@Test
	void theSummaryIsShownOnceAboveTheTextOrAsItsOpening() {
		for (JsonNode item : http.json("/api/articles?size=100").get("items")) {
			Document page = http.page(item.get("url").asString());
			String summary = item.get("summary").asString();
			String opening = page.select(".article-body p").first().text();
			Elements standfirst = page.select(".article-summary");

			boolean opens = opening.startsWith(summary);
			if (opens) {
				assertThat(standfirst).as(summary).isEmpty();
			}
			else {
				assertThat(standfirst.text()).as(summary).isEqualTo(summary);
			}
			assertThat(page.select(".article-body").hasClass("opens-with-summary")).as(summary).isEqualTo(opens);
			assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(summary);
		}
	}

	@Test
	void aMistypedArticleAddressOffersTheNearestArticles() {
		JsonNode article = http.json("/api/articles").get("items").get(0);
		String mistyped = article.get("slug").asString() + "zz";
		JsonNode searched = http.json("/api/articles?q=" + mistyped.replace('-', '+')).get("items");
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < Math.min(3, searched.size()); i++) {
			expected.add(searched.get(i).get("url").asString());
		}

		Document page = http.page("/articles/" + mistyped, 404);

		assertThat(page.select(".nearest-articles a").eachAttr("href")).isNotEmpty()
			.containsExactlyElementsOf(expected)
			.contains(article.get("url").asString());
		assertThat(http.page("/articles/zzzz-qqqq", 404).select(".nearest-articles")).isEmpty();
		assertThat(http.page("/treatments/zzzz", 404).select(".nearest-articles")).isEmpty();
	}

	@Test
	void relatedArticlesShareTheTreatmentFirst() {
		JsonNode ketamine = http.json("/api/articles?treatment=ketamine").get("items");
		Document page = http.page(ketamine.get(0).get("url").asString());
		List<String> related = page.select(".related a").eachAttr("href");

		assertThat(related).hasSizeGreaterThanOrEqualTo(2);
		assertThat(related.subList(0, 2)).containsExactlyInAnyOrder(ketamine.get(1).get("url").asString(),
				ketamine.get(2).get("url").asString());
	}

	@Test
	void relatedArticlesSayWhyTheyAreRelated() {
		JsonNode ketamine = http.json("/api/articles?treatment=ketamine").get("items");
		Document page = http.page(ketamine.get(0).get("url").asString());
		Elements related = page.select(".related li");

		assertThat(related).isNotEmpty();
		assertThat(related.first().select(".related-reason").text()).startsWith("Same treatment: Ketamine \u00B7 Also about: ");
		assertThat(related).allSatisfy(item -> assertThat(item.select(".related-reason").text()).isNotBlank());
	}

	@Test
	void theJsonGivesEachRelatedArticleItsReason() {
		String url = http.json("/api/articles?treatment=ketamine").get("items").get(0).get("url").asString();
		Document page = http.page(url);
		JsonNode article = http.json("/api" + url);

		JsonNode first = article.get("relatedArticles").get(0);
		assertThat(first.get("slug").asString()).isEqualTo(article.get("related").get(0).asString());
		assertThat(first.get("sameTreatment").asString()).isEqualTo("ketamine");
		assertThat(first.get("alsoAbout")).isNotEmpty();
		assertThat(first.get("reason").asString()).isEqualTo(page.select(".related-reason").first().text());
	}

	@Test
	void theContentsListTheSubsectionsInsideTheirSection() {
		JsonNode item = http.json("/api/articles?q=how+long+does+ketamine+pain+relief+last").get("items").get(0);
		Document page = http.page(item.get("url").asString());

		assertThat(page.select("nav.toc > ol > li")).hasSize(6);
		Element factors = page.select("nav.toc > ol > li:has(> a:containsOwn(Factors Affecting Duration))").first();
		assertThat(factors.select("> ol > li.toc-level-3 > a").eachText()).containsExactly("Dosage", "Administration Method",
				"Individual Body Chemistry", "Underlying Conditions");
	}

	@Test
	void noContentsEntryNorHeadingRepeatsTheTitle() {
		for (String slug : allSlugs()) {
			Document page = http.page("/articles/" + slug);
			String title = words(page.select("h1").text());

			assertThat(page.select("nav.toc a").eachText()).as(slug).noneMatch(entry -> words(entry).equals(title));
			assertThat(page.select(".article-body h2, .article-body h3")).as(slug)
				.noneMatch(heading -> words(heading.ownText()).equals(title));
		}
	}

	private static String words(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	@Test
	void unknownSlugAnswers404WithASearchBoxAndTreatments() {
		Document page = http.page("/articles/no-such-article", 404);

		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("main form[role=search] input[name=q]")).hasSize(1);
		assertThat(page.select("main .ways-back a[href=/treatments/ketamine]")).hasSize(1);
	}

	@Test
	void malformedSlugsAnswer404() {
		http.page("/articles/" + "a".repeat(500), 404);
		http.page("/articles/UPPER-case", 404);
	}

	private List<String> allSlugs() {
		List<String> slugs = new ArrayList<>();
		http.json("/api/articles").get("items").forEach(item -> slugs.add(item.get("slug").asString()));
		assertThat(slugs).hasSize(5);
		return slugs;
	}

	private String articleWithContents() {
		return allSlugs().stream()
			.filter(slug -> http.page("/articles/" + slug).select("nav.toc a").size() > 1)
			.findFirst()
			.orElseThrow();
	}

	private static String normalised(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
