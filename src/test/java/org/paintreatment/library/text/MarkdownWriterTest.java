package org.paintreatment.library.text;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownWriterTest {

	@Test
	void blocksAreWrittenAsHeadingsListsAndParagraphs() {
		String markdown = MarkdownWriter.write(List.of(Block.heading("Mechanisms"), Block.paragraph("It works in two ways:"),
				Block.listItem("Endorphin release"), Block.listItem("Relaxation"), Block.paragraph("That is all.")));

		assertThat(markdown).isEqualTo("""
				## Mechanisms

				It works in two ways:

				- Endorphin release
				- Relaxation

				That is all.
				""");
	}

	@Test
	void markdownAndHtmlPunctuationIsEscaped() {
		assertThat(MarkdownWriter.escape("*bold* _em_ `code` [link](x) <b> & # | ~ \\"))
			.isEqualTo("\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\<b\\> \\& \\# \\| \\~ \\\\");
	}

	@Test
	void numberedListMarkerAtTheStartIsEscaped() {
		assertThat(MarkdownWriter.escape("1. Not a list")).isEqualTo("1\\. Not a list");
		assertThat(MarkdownWriter.escape("2019) was a year")).isEqualTo("2019\\) was a year");
	}

	@Test
	void bulletSetextAndPlusMarkersAtTheStartAreEscaped() {
		assertThat(MarkdownWriter.escape("- dash")).isEqualTo("\\- dash");
		assertThat(MarkdownWriter.escape("+ plus")).isEqualTo("\\+ plus");
		assertThat(MarkdownWriter.escape("=== equals")).isEqualTo("\\=== equals");
	}

	@Test
	void markersInsideTheTextAreLeftAlone() {
		assertThat(MarkdownWriter.escape("Pain - and relief in 2 steps. 1. first")).isEqualTo("Pain - and relief in 2 steps. 1. first");
	}

	@Test
	void scrapedPunctuationIsShownAsWrittenOnceRendered() {
		List<String> texts = List.of("1. Not a list *bold* _u_ [link](x) <b>&amp; # | ~ ` \\", "- dash", "+ plus",
				"> quote", "![image](x.png)", "***", "<script>alert(1)</script>", "&copy; &#65;", "Header ##");
		List<Block> blocks = texts.stream().map(Block::paragraph).toList();

		Document html = Jsoup.parseBodyFragment(new ArticleRenderer().render(MarkdownWriter.write(blocks)));

		assertThat(html.select("body > p")).extracting(element -> element.text()).containsExactlyElementsOf(texts);
		assertThat(html.select("script, img, blockquote, hr, em, strong, a, ol, ul, h2")).isEmpty();
	}

	@Test
	void headingTextIsShownAsWrittenOnceRendered() {
		Document html = Jsoup.parseBodyFragment(
				new ArticleRenderer().render(MarkdownWriter.write(List.of(Block.heading("C# & *Pain* ##")))));
		html.select("a.heading-anchor").remove();

		assertThat(html.select("h2").text()).isEqualTo("C# & *Pain* ##");
	}

	@Test
	void listItemTextIsShownAsWrittenOnceRendered() {
		Document html = Jsoup.parseBodyFragment(new ArticleRenderer()
			.render(MarkdownWriter.write(List.of(Block.listItem("1. first"), Block.listItem("- [ ] task")))));

		assertThat(html.select("ul > li")).extracting(element -> element.text()).containsExactly("1. first", "- [ ] task");
	}

}
