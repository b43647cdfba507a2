package org.paintreatment.library.web.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates print text escaped ({@code th:text}, {@code [[...]]}). Unescaped output
 * ({@code th:utext}, {@code data-th-utext}, {@code [(...)]}) is allowed only where listed here,
 * each with the reason it is safe. Adding one (say, for highlighted search snippets) means adding
 * it to {@link #ALLOWED} with its reason, for a reviewer to see.
 */
class TemplateEscapingTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** "file: expression" of each unescaped output, and why it is safe. */
	static final Map<String, String> ALLOWED = Map.of("fragments/articles.html: ${card.head()}",
			"a card's first half, rendered once per article by the template engine from the card-head fragment "
					+ "(web/article/ArticleCards), where every value is th:text; ArticleCardsTest checks a title and "
					+ "summary with markup in them come out as text",
			"fragments/articles.html: ${card.tags()}",
			"a card's second half, rendered the same way from the card-tags fragment, every value th:text",
"articles/list.html: ${facetChoices.html(facet.kind(), value)}",
			"a facet value's <li>, rendered once per term by the template engine from the facet-value fragment "
					+ "(web/article/FacetChoices), where every value is th:text; the counts and note filled in are "
					+ "escaped as th:text escapes them; FacetChoicesTest checks a term name with markup in it",
			"articles/show.html: ${jsonLd}",
			"the page's schema.org JSON-LD, written by Jackson in web/article/ArticleJsonLd, which then writes every "
					+ "< > & as a JSON escape, so no text closes the script element; ArticlePageTest checks a title "
					+ "with </script> in it",
			"articles/show.html: ${article.html()}",
			"the article body, rendered once at import and passed through jsoup's safelist (ArticleRenderer); "
					+ "ArticleFuzzTest checks that no input gets anything else through",
			"fragments/articles.html: ${snippets[card.slug()]}",
			"a search snippet built by search/SnippetBuilder, which HTML-escapes all of the article's text and adds "
					+ "nothing but its own <mark> elements; SnippetBuilderTest and SearchPagesTest check a <script> "
					+ "query and article text come out as text");

	static final Pattern UNESCAPED = Pattern.compile(
			"(?:data-)?th:utext\\s*=\\s*\"([^\"]*)\"|(?:data-)?th:utext\\s*=\\s*'([^']*)'|\\[\\((.*?)\\)]", Pattern.DOTALL);

	@Test
	void unescapedOutputIsOnlyWhereListed() throws IOException {
		List<String> found = unescapedOutputs();

		assertThat(found).as("unescaped output in templates; list it in ALLOWED with a reason if it is safe")
			.isSubsetOf(ALLOWED.keySet());
		assertThat(ALLOWED.keySet()).as("ALLOWED lists an unescaped output that is gone; remove it")
			.isSubsetOf(found);
	}

	@Test
	void templatesPrintTextWithThText() throws IOException {
		long escaped = 0;
		for (Path template : templates()) {
			escaped += Pattern.compile("th:text\\s*=").matcher(Files.readString(template, StandardCharsets.UTF_8)).results().count();
		}
		assertThat(escaped).as("th:text in the templates").isGreaterThan(20);
	}

	private static List<String> unescapedOutputs() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = UNESCAPED.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (matcher.find()) {
				String expression = matcher.group(1) != null ? matcher.group(1)
						: matcher.group(2) != null ? matcher.group(2) : "[(" + matcher.group(3) + ")]";
				found.add(TEMPLATES.relativize(template).toString().replace('\\', '/') + ": " + expression.strip());
			}
		}
		return found;
	}

	private static List<Path> templates() throws IOException {
		assertThat(TEMPLATES).isDirectory();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}
