package org.paintreatment.library.text;

import java.util.Random;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown's elements built straight from flexmark's syntax tree ({@link MarkdownDom}) give the
 * same HTML and the same blocks as flexmark's HTML parsed back by jsoup, and the common Markdown
 * of an article does take that route.
 */
class MarkdownDomTest {

	private final ArticleRenderer renderer = new ArticleRenderer();

	/** An article as a librarian writes one. */
	private static final String ARTICLE = """
			# Ketamine for Migraine

			Ketamine is an *anaesthetic* that some clinics now use for **treatment-resistant** pain.
			It blocks the `NMDA` receptor, say [the authors](https://example.org/study "A study").
			Doses are low.\\
			Much lower than in surgery.

			## How it works

			- It blocks NMDA receptors
			- It may reset *central sensitisation*
			  - a nested point

			1. First visit
			2. Infusion

			5. A list that starts at five

			> Talk to a doctor first.
			> It is not FDA-approved for pain.

			---

			* loose item

			* another loose item
			""";

	@Test
	void anArticleTakesTheDirectRouteAndGivesTheSameHtml() {
		assertThat(renderer.buildsDirectly(ARTICLE)).isTrue();
		assertSameAsThroughHtml(ARTICLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<div>raw</div>\n", "```\ncode\n```\n", "    indented code\n", "![img](x.png)\n",
			"[ref]\n\n[ref]: http://example.com\n", "&amp; an entity\n", "<https://example.com>\n", "line\r\nends\n",
			"\rcarriage return first\n", "\0NUL first\n" })
	void markdownItDoesNotBuildGoesThroughHtml(String markdown) {
		assertThat(renderer.buildsDirectly(markdown)).isFalse();
		assertSameAsThroughHtml(markdown);
	}

	/** Block and inline syntax the direct route builds, mixed with what it leaves to flexmark. */
	private static final String[] PIECES = { "# ", "## ", "### ", "###### ", "- ", "* ", "+ ", "1. ", "3) ", "> ",
			"  ", "   - ", "---\n", "***\n", "\n", "\n", "\n\n", "text", "Ketamine", " ", "*em*", "_em_", "**strong**",
			"__strong__", "`code`", "`` co`de ``", "[link](http://example.com)", "[t](/relative \"title\")",
			"[bad](javascript:alert(1))", "[empty]()", "\\*", "\\\\", "  \n", "\\\n", "a*b*c", "**", "*", "_", "[", "]",
			"(", ")", "\"", "'", "\u00A0", "\u00E9", "\uD83D\uDE00", "\t", "main", "Main", "<", ">", "&", "&amp;",
			"<b>", "![i](x.png)", "```\n", "    " };

	@Test
	void randomMarkdownGivesTheSameHtmlAndBlocksByBothRoutes() {
		Random random = new Random(20261202);
		int direct = 0;
		for (int document = 0; document < 3000; document++) {
			StringBuilder markdown = new StringBuilder();
			for (int piece = random.nextInt(40); piece >= 0; piece--) {
				markdown.append(PIECES[random.nextInt(PIECES.length)]);
			}
			direct += renderer.buildsDirectly(markdown.toString()) ? 1 : 0;
			assertSameAsThroughHtml(markdown.toString());
		}
		assertThat(direct).as("documents built directly").isGreaterThan(600);
	}

	private void assertSameAsThroughHtml(String markdown) {
		Element built = renderer.renderBody(markdown, Deadline.none());
		Element parsed = renderer.renderBodyThroughHtml(markdown);
		assertThat(built.html()).as(markdown).isEqualTo(parsed.html());
		assertThat(ArticleRenderer.blocksOf(built)).as(markdown).isEqualTo(ArticleRenderer.blocksOf(parsed));
	}

}
