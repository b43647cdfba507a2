package org.paintreatment.library.text;

import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRendererTest {

	private final ArticleRenderer renderer = new ArticleRenderer();

	private Document render(String markdown) {
		return Jsoup.parseBodyFragment(renderer.render(markdown));
	}

	/** No element may run script or load active content, whatever the markdown said. */
	private static void assertNothingLive(Document html) {
		assertThat(html.select("script, iframe, img, object, embed, style, svg, form, input")).isEmpty();
		for (Element element : html.body().getAllElements()) {
			element.attributes().forEach(attribute -> {
				assertThat(attribute.getKey()).doesNotStartWithIgnoringCase("on");
				assertThat(attribute.getKey()).isNotEqualToIgnoringCase("style").isNotEqualToIgnoringCase("src");
			});
		}
		assertThat(html.select("a[href]")).allSatisfy(link -> assertThat(link.attr("href").toLowerCase())
			.doesNotContain("javascript:").doesNotContain("vbscript:").doesNotStartWith("data:"));
	}

	@Test
	void rawScriptIsShownAsTextNotRun() {
		Document html = render("Before <script>alert(1)</script> after");

		assertNothingLive(html);
		assertThat(html.select("p").text()).isEqualTo("Before <script>alert(1)</script> after");
	}

	@Test
	void scriptBlockIsShownAsText() {
		Document html = render("<script>\nalert(1)\n</script>\n");

		assertNothingLive(html);
		assertThat(html.text()).contains("<script>");
	}

	@Test
	void rawIframeIsShownAsTextNotLoaded() {
		Document html = render("<iframe src=\"https://evil.example/\"></iframe>");

		assertNothingLive(html);
		assertThat(html.text()).contains("<iframe src=\"https://evil.example/\"></iframe>");
	}

	@Test
	void rawImageWithOnErrorIsShownAsTextNotRun() {
		Document html = render("<img src=x onerror=alert(1)>");

		assertNothingLive(html);
		assertThat(html.text()).isEqualTo("<img src=x onerror=alert(1)>");
	}

	@Test
	void rawLinkWithScriptIsShownAsText() {
		Document html = render("<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">click</a>");

		assertNothingLive(html);
		assertThat(html.select("a")).isEmpty();
	}

	@Test
	void markdownImageIsNotRendered() {
		Document html = render("![tracker](https://evil.example/pixel.png)");

		assertNothingLive(html);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript:alert(1)", "java&#115;cript:alert(1)",
			"&#x6A;avascript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)",
			"VBScript:msgbox(1)", "file:///etc/passwd" })
	void hostileLinkSchemeIsDropped(String href) {
		Document html = render("Read [this](" + href + ") now.");

		assertNothingLive(html);
		assertThat(html.select("a[href]")).isEmpty();
		assertThat(html.text()).contains("this");
	}

	@Test
	void hostileAutolinkIsNotALink() {
		Document html = render("<javascript:alert(1)>");

		assertNothingLive(html);
		assertThat(html.select("a[href]")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.com/page", "https://example.com/page?a=1&b=2", "mailto:clinic@example.com",
			"other-article", "/articles/ketamine", "../up", "#how-it-works" })
	void safeLinkSurvivesAsWritten(String href) {
		Document html = render("Read [this](" + href + ") now.");

		assertThat(html.select("a[href]")).singleElement().satisfies(link -> {
			assertThat(link.attr("href")).isEqualTo(href);
			assertThat(link.text()).isEqualTo("this");
		});
	}

	@Test
	void linkTitleSurvives() {
		Document html = render("[site](https://example.com \"The site\")");

		assertThat(html.select("a").attr("title")).isEqualTo("The site");
	}

	@Test
	void headingsGetIdsAndALabelledAnchorLink() {
		Document html = render("## How It Works\n\nText.\n\n### Side Effects\n");

		Element heading = html.selectFirst("h2");
		assertThat(heading).isNotNull();
		assertThat(heading.id()).isEqualTo("how-it-works");
		Element anchor = heading.selectFirst("a.heading-anchor");
		assertThat(anchor).isNotNull();
		assertThat(anchor.attr("href")).isEqualTo("#how-it-works");
		assertThat(anchor.attr("aria-label")).isEqualTo("Link to the section \u201CHow It Works\u201D");
		assertThat(html.selectFirst("h3").id()).isEqualTo("side-effects");
		assertThat(html.selectFirst("h3 a.heading-anchor").attr("href")).isEqualTo("#side-effects");
	}

	@Test
	void headingIdsAreStableAcrossRenders() {
		String markdown = "## Dosage\n\n## Administration Method\n";

		assertThat(renderer.render(markdown)).isEqualTo(new ArticleRenderer().render(markdown));
	}

	@Test
	void repeatedHeadingsGetDistinctIds() {
		Document html = render("## Dosage\n\nOne.\n\n## Dosage\n\nTwo.\n");

		List<String> ids = html.select("h2").eachAttr("id");
		assertThat(ids).hasSize(2).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith("dosage"));
		assertThat(html.select("a.heading-anchor").eachAttr("href")).containsExactly("#" + ids.get(0), "#" + ids.get(1));
	}

	@Test
	void headingNamedLikeAPartOfThePageGetsAnIdOfItsOwn() {
		Document html = render("## Main\n\nText.\n\n## Related Heading\n\n## Main Points\n");

		assertThat(html.select("h2").eachAttr("id")).containsExactly("section-main", "section-related-heading",
				"main-points");
		assertThat(html.select("a.heading-anchor").eachAttr("href")).containsExactly("#section-main",
				"#section-related-heading", "#main-points");
	}

	@Test
	void headingTextWithMarkupGetsAPlainLabel() {
		Document html = render("## Pain <b>& Relief</b>\n");

		assertNothingLive(html);
		assertThat(html.select("h2 a.heading-anchor").attr("aria-label"))
			.isEqualTo("Link to the section \u201CPain <b>& Relief</b>\u201D");
	}

	@Test
	void ordinaryMarkdownIsRendered() {
		Document html = render("Some *emphasis*, **strong**, `code` and ~~struck~~.\n\n- one\n- two\n\n3. three\n4. four\n\n> quoted\n");

		assertThat(html.select("em").text()).isEqualTo("emphasis");
		assertThat(html.select("strong").text()).isEqualTo("strong");
		assertThat(html.select("code").text()).isEqualTo("code");
		assertThat(html.select("ul > li")).extracting(Element::text).containsExactly("one", "two");
		assertThat(html.select("ol").attr("start")).isEqualTo("3");
		assertThat(html.select("blockquote").text()).isEqualTo("quoted");
	}

	@Test
	void blocksOfHtmlLeaveOutAnchorsAndKeepKinds() {
		String html = renderer.render("## Section\n\nA paragraph.\n\n- item one\n- item two\n");

		assertThat(ArticleRenderer.blocksOf(html)).containsExactly(Block.heading("Section"), Block.paragraph("A paragraph."),
				Block.listItem("item one"), Block.listItem("item two"));
	}

	@Test
	void blocksOfNestedListsAreNotRepeated() {
		String html = renderer.render("- outer\n  - inner\n");

		assertThat(ArticleRenderer.blocksOf(html)).containsExactly(Block.listItem("outer"), Block.listItem("inner"));
	}


	/** Markdown made of block and inline syntax, raw HTML and unusual characters. */
	private static final String[] MARKDOWN_PIECES = { "# ", "## ", "### ", "#### ", "- ", "* ", "1. ", "> ", "    ",
			"```\n", "---\n", "| a | b |\n|---|---|\n| c | d |\n", "\n", "\n\n", "text", "Ketamine", " ", "*em*",
			"**strong**", "`code`", "[link](http://example.com)", "[bad](javascript:alert(1))", "![img](x.png)", "<div>",
			"</div>", "<p>", "<h1>raw</h1>", "<script>x</script>", "&amp;", "&", "<", "\"", "\u00A0", "\u200B", "\u00E9",
			"\uD83D\uDE00", "Main", "<li>", "  - nested", "\t" };

	@Test
	void aRenderedBodyGivesWhatItsPrintedHtmlGivesWhenParsedAgain() {
		Random random = new Random(20261121);
		for (int document = 0; document < 2000; document++) {
			StringBuilder markdown = new StringBuilder();
			for (int piece = random.nextInt(30); piece >= 0; piece--) {
				markdown.append(MARKDOWN_PIECES[random.nextInt(MARKDOWN_PIECES.length)]);
			}
			Element body = renderer.renderBody(markdown.toString(), Deadline.none());
			Element reparsed = Jsoup.parseBodyFragment(renderer.render(markdown.toString())).body();
			reparsed.ownerDocument().outputSettings().prettyPrint(false);
			assertThat(body.html()).as(markdown.toString()).isEqualTo(reparsed.html());
			assertThat(ArticleRenderer.blocksOf(body)).as(markdown.toString())
				.isEqualTo(ArticleRenderer.blocksOf(reparsed.html()));
		}
	}

}
