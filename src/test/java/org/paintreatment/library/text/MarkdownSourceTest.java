package org.paintreatment.library.text;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.paintreatment.library.kernel.HostileYaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MarkdownSourceTest {

	@Test
	void frontMatterFieldsAreReadAndTheBodyFollows() throws Exception {
		MarkdownSource source = MarkdownSource.parse("""
				---
				title: Ketamine for Migraines
				slug: ketamine-migraines
				treatment: ketamine
				summary: "How ketamine eases migraines: a short guide."
				---
				# Heading

				Body text.
				""");

		assertThat(source.frontMatter()).isEqualTo(new EditorialFields("Ketamine for Migraines", "ketamine-migraines",
				"ketamine", "How ketamine eases migraines: a short guide."));
		assertThat(source.body()).isEqualTo("# Heading\n\nBody text.\n");
	}

	@Test
	void frontMatterMayEndWithThreeDots() throws Exception {
		MarkdownSource source = MarkdownSource.parse("---\ntitle: Dots\n...\nBody.\n");

		assertThat(source.frontMatter().title()).isEqualTo("Dots");
		assertThat(source.body()).isEqualTo("Body.\n");
	}

	@Test
	void someFieldsMayBeLeftOut() throws Exception {
		MarkdownSource source = MarkdownSource.parse("---\ntitle: Only a title\n---\nBody.\n");

		assertThat(source.frontMatter()).isEqualTo(new EditorialFields("Only a title", null, null, null));
	}

	@Test
	void blankFieldCountsAsLeftOut() throws Exception {
		MarkdownSource source = MarkdownSource.parse("---\ntitle: \"  \"\nslug:\n---\nBody.\n");

		assertThat(source.frontMatter()).isEqualTo(EditorialFields.NONE);
	}

	@Test
	void markdownWithoutFrontMatterIsAllBody() throws Exception {
		String text = "# Title\n\nBody with --- dashes.\n";

		MarkdownSource source = MarkdownSource.parse(text);

		assertThat(source.frontMatter()).isEqualTo(EditorialFields.NONE);
		assertThat(source.body()).isEqualTo(text);
	}

	@Test
	void thematicBreakLaterInTheTextIsNoFrontMatter() throws Exception {
		String text = "Intro.\n---\ntitle: not front matter\n---\n";

		assertThat(MarkdownSource.parse(text).frontMatter()).isEqualTo(EditorialFields.NONE);
	}

	@Test
	void invalidYamlIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\ntitle: [unclosed\n---\nBody.\n"))
			.withMessageStartingWith("front matter is not valid YAML: ")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void unknownFieldIsLeftOutWithOneWarningNamingItAndTheArticleStillReads() throws Exception {
		MarkdownSource source = MarkdownSource.parse("---\ntitle: Fine\nmood: sunny\n---\nBody.\n");

		assertThat(source.frontMatter().title()).isEqualTo("Fine");
		assertThat(source.warnings()).containsExactly("front matter: unknown field 'mood' left out");
	}

	@Test
	void misspeltFieldGetsAHint() throws Exception {
		MarkdownSource source = MarkdownSource.parse("---\ntitel: Typo\nsumary: Short.\n---\nBody.\n");

		assertThat(source.frontMatter()).isEqualTo(EditorialFields.NONE);
		assertThat(source.warnings()).containsExactly("front matter: unknown fields 'sumary' (did you mean 'summary'?),"
				+ " 'titel' (did you mean 'title'?) left out");
	}

	@Test
	void listInsteadOfAMappingIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\n- title\n- slug\n---\nBody.\n"))
			.withMessage("front matter must be a mapping of fields, like 'title: ...'");
	}

	@Test
	void plainTextInsteadOfAMappingIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\njust some words\n---\nBody.\n"))
			.withMessageContaining("must be a mapping of fields");
	}

	@Test
	void fieldThatIsAListIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\ntitle: [one, two]\n---\nBody.\n"))
			.withMessage("front matter, field 'title': must be text, not a list");
	}

	@Test
	void yamlTagsAreNotConstructed() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\ntitle: !!java.net.URL [\"http://evil.example\"]\n---\nBody.\n"))
			.withMessage("front matter, field 'title': must be a plain list, not !!java.net.URL (line 2)");
	}

	@Test
	void binaryTitleIsABadArticleNamingTheField() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\nslug: fine\ntitle: !!binary aGVsbG8=\n---\nBody.\n"))
			.withMessage("front matter, field 'title': must be plain text, not !!binary (line 3)");
	}

	@Test
	void nulEscapeIsABadArticleNamingTheField() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\ntitle: \"Nul \\u0000 inside\"\n---\nBody.\n"))
			.withMessage("front matter, field 'title': must be plain text: U+0000 is a control character (line 2)");
	}

	@Test
	void datesYesAndNanAreTheTextWritten() throws Exception {
		MarkdownSource source = MarkdownSource.parse("---\ntitle: 2024-01-01\nsummary: yes\nslug: .nan\n---\nBody.\n");

		assertThat(source.frontMatter()).isEqualTo(new EditorialFields("2024-01-01", ".nan", null, "yes"));
	}

	@Test
	void fieldGivenTwiceIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\ntitle: One\ntitle: Two\n---\nBody.\n"))
			.withMessage("front matter: the key 'title' is there twice (line 3)");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void aliasBombsAreBadArticles() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\n" + HostileYaml.aliasBombInAKey() + "---\nBody.\n"))
			.withMessage("front matter: aliases (*name) are not allowed; write the value out (line 3)");
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\n" + HostileYaml.aliasBombInAValue("title") + "---\nBody.\n"))
			.withMessageStartingWith("front matter: aliases (*name) are not allowed");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void deepNestingIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\ntitle: " + HostileYaml.deepFlowSequence(10_000) + "\n---\nBody.\n"))
			.withMessage("front matter: nested deeper than 16 levels (line 2)");
	}

	@Test
	void frontMatterLargerThanTheLimitIsABadArticle() {
		String summary = "summary: " + "x".repeat(MarkdownSource.MAX_CHARS) + "\n";

		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\n" + summary + "---\nBody.\n"))
			.withMessage("front matter: larger than " + MarkdownSource.MAX_CHARS + " characters");
	}

	@Test
	void emptyFrontMatterIsNoFrontMatterAndNotBodyText() throws BadArticleException {
		MarkdownSource source = MarkdownSource.parse("---\n---\n# Title\n");

		assertThat(source.frontMatter()).isEqualTo(EditorialFields.NONE);
		assertThat(source.body()).isEqualTo("# Title\n");
	}

}
