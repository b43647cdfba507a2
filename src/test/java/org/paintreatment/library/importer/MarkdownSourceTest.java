package org.paintreatment.library.importer;

import org.junit.jupiter.api.Test;

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
	void unknownFieldIsABadArticleNamingTheField() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\ntitle: Fine\nauthor: Sarah\n---\nBody.\n"))
			.withMessage("front matter has unknown field(s) [author]; known fields are [slug, summary, title, treatment]");
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
			.withMessage("front matter: 'title' must be a single line of text");
	}

	@Test
	void yamlTagsAreNotConstructed() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> MarkdownSource.parse("---\ntitle: !!java.net.URL [\"http://evil.example\"]\n---\nBody.\n"))
			.withMessageStartingWith("front matter is not valid YAML");
	}

	@Test
	void emptyFrontMatterIsNoFrontMatterAndNotBodyText() throws BadArticleException {
		MarkdownSource source = MarkdownSource.parse("---\n---\n# Title\n");

		assertThat(source.frontMatter()).isEqualTo(EditorialFields.NONE);
		assertThat(source.body()).isEqualTo("# Title\n");
	}

}
