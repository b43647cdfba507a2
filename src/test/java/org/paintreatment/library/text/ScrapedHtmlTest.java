package org.paintreatment.library.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scraped text is rendered straight from its blocks ({@link ArticleRenderer#render(List)}) rather
 * than written as escaped Markdown for flexmark to parse back. That is only allowed because the
 * two give the same HTML, byte for byte: flexmark is the reference here.
 */
class ScrapedHtmlTest {

	private final ArticleRenderer renderer = new ArticleRenderer();

	private String throughMarkdown(List<Block> blocks) {
		return renderer.render(MarkdownWriter.write(blocks));
	}

	@Test
	void headingsListsAndParagraphsAreTheElementsFlexmarkMakes() {
		List<Block> blocks = List.of(Block.heading("How It Works"), Block.paragraph("It *blocks* <NMDA> & more."),
				Block.listItem("one"), Block.listItem("two"), Block.paragraph("Between."), Block.listItem("three"),
				Block.heading("How It Works"), Block.heading("!!!"), Block.heading("Main"));

		Document html = Jsoup.parseBodyFragment(renderer.render(blocks));

		assertThat(renderer.render(blocks)).isEqualTo(throughMarkdown(blocks));
		assertThat(html.select("h2").eachAttr("id")).containsExactly("how-it-works", "how-it-works-1", "section-main");
		assertThat(html.select("ul")).hasSize(2);
		assertThat(html.select("p").first().text()).isEqualTo("It *blocks* <NMDA> & more.");
		assertThat(html.select("h2 a.heading-anchor").eachAttr("href")).containsExactly("#how-it-works", "#how-it-works-1",
				"#section-main");
	}

	static Stream<Path> seedFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			return files.filter(file -> ArticleFile.isArticleName(file.getFileName().toString()) && !file.toString().endsWith(".md"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("seedFiles")
	void everySeedGivesTheSameHtmlBothWays(Path seed) throws IOException {
		String text = Files.readString(seed, StandardCharsets.UTF_8).replace("\r\n", "\n");
		List<Block> blocks = Subheadings.nest(new BoilerplateCleaner(BoilerplateRules.fromClasspath()).clean(seed.toString(),
				new ScrapedTextParser().parse(text), Deadline.none()));

		assertThat(blocks).isNotEmpty();
		assertThat(renderer.render(blocks)).isEqualTo(throughMarkdown(blocks));
	}

	/** Text made of what Markdown and HTML would read as syntax, and of unusual characters. */
	private static final String[] PIECES = { "pain", "Ketamine", "NMDA", " ", " ", "  ", "\t", "*", "**", "_", "__", "`",
			"``", "[", "]", "(", ")", "[x](http://e.com)", "![i](x.png)", "<", ">", "<b>", "</p>", "<!-- c -->",
			"<script>alert(1)</script>", "&", "&amp;", "&#35;", "&nbsp;", "&copy", "#", "## ", "|", "||", "~", "~~", "\\",
			"\\*", "!", "-", "- ", "+ ", "= ", "===", "---", "***", "1.", "1. ", "2)", "10) ", "> ", "    code", ":", ";",
			"'", "\"", "\u201C", "\u2019", "{", "}", "$", "%", "^", "@", "http://example.com/a_b*c", "www.x.org", "a@b.co",
			"\u00A0", "\u2003", "\u200B", "\u00E9", "\u65E5\u672C", "\uD83D\uDE00", "\uFFFD", "\u0301", "\u2028", "Ä",
			"ß", "İ", "ǅ", "Ⅻ", "٣", "—", "–", "…", "•", "\u00AD" };

	@Test
	void randomBlocksGiveTheSameHtmlBothWays() {
		Random random = new Random(20261121);
		for (int document = 0; document < 4000; document++) {
			List<Block> blocks = randomBlocks(random);
			assertThat(renderer.render(blocks)).as("blocks %s", blocks).isEqualTo(throughMarkdown(blocks));
		}
	}

	private static List<Block> randomBlocks(Random random) {
		List<Block> blocks = new ArrayList<>();
		int count = 1 + random.nextInt(12);
		while (blocks.size() < count) {
			StringBuilder text = new StringBuilder();
			int pieces = 1 + random.nextInt(8);
			for (int piece = 0; piece < pieces; piece++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			if (text.toString().isBlank()) {
				continue;
			}
			Block.Kind kind = Block.Kind.values()[random.nextInt(Block.Kind.values().length)];
			blocks.add(new Block(kind, text.toString()));
		}
		return blocks;
	}

}
