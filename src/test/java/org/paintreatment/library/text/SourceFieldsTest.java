package org.paintreatment.library.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.taxonomy.SourceType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source and review fields of front matter and the catalog, and the common fields of Hugo and
 * Jekyll exports.
 */
class SourceFieldsTest {

	private final List<String> warnings = new ArrayList<>();

	private EditorialFields read(String yaml) throws Exception {
		MarkdownSource source = MarkdownSource.parse("---\n" + yaml + "\n---\nBody.\n");
		warnings.addAll(source.warnings());
		return source.frontMatter();
	}

	@Test
	void sourceAndReviewFieldsAreRead() throws Exception {
		EditorialFields fields = read("""
				site: Example Health
				source-url: https://example.org/pain/ketamine
				author: Jane Roe
				published: 2023-04-05
				reviewed: 2026-01-10
				review-due: 2027-01-10
				source-type: provider
				""");

		assertThat(fields.source()).isEqualTo(new SourceFields("Example Health", "https://example.org/pain/ketamine",
				"Jane Roe", LocalDate.of(2023, 4, 5), LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 10),
				SourceType.PROVIDER));
		assertThat(warnings).isEmpty();
	}

	@Test
	void hugoExportIsReadWithoutWarnings() throws Exception {
		EditorialFields fields = read("""
				title: Heat or Ice?
				date: 2021-09-14T08:30:00+02:00
				lastmod: 2022-01-01
				draft: false
				tags: [back pain, heat]
				categories:
				  - guides
				description: When heat helps and when ice does.
				url: /guides/heat-or-ice/
				layout: post
				permalink: /heat/
				authors: [someone]
				""");

		assertThat(fields.title()).isEqualTo("Heat or Ice?");
		assertThat(fields.summary()).isEqualTo("When heat helps and when ice does.");
		assertThat(fields.source().published()).isEqualTo(LocalDate.of(2021, 9, 14));
		assertThat(fields.source().url()).as("Hugo's url is the exported site's own path").isNull();
		assertThat(warnings).isEmpty();
	}

	@Test
	void jekyllAuthorAsAListOrAPersonIsRead() throws Exception {
		assertThat(read("author: [Ann, Bo]").source().author()).isEqualTo("Ann, Bo");
		assertThat(read("author: {name: Cy, email: cy@example.org}").source().author()).isEqualTo("Cy");
		assertThat(warnings).isEmpty();
	}

	@Test
	void summaryWinsOverDescriptionAndPublishedOverDate() throws Exception {
		EditorialFields fields = read("summary: Ours.\ndescription: Theirs.\npublished: 2020-01-01\ndate: 2019-01-01");

		assertThat(fields.summary()).isEqualTo("Ours.");
		assertThat(fields.source().published()).isEqualTo(LocalDate.of(2020, 1, 1));
	}

	@Test
	void brokenDatesAndAddressesAreLeftOutWithAWarningNamingTheField() throws Exception {
		EditorialFields fields = read("""
				title: Still here
				published: 31/01/2024
				reviewed: 2024-02-30
				source-url: javascript:alert(1)
				source-type: brochure
				""");

		assertThat(fields.title()).isEqualTo("Still here");
		assertThat(fields.source()).isEqualTo(SourceFields.NONE);
		assertThat(warnings).containsExactly(
				"front matter, field 'source-url': 'javascript:alert(1)' is not an http(s) address like"
						+ " https://example.org/page; left out",
				"front matter, field 'published': '31/01/2024' is not a date like 2024-01-31; left out",
				"front matter, field 'reviewed': '2024-02-30' is not a date like 2024-01-31; left out",
				"front matter, field 'source-type': 'brochure' is not one of independent, provider, news, blog, research,"
						+ " unknown; left out");
	}

	@Test
	void sourceFieldThatIsNotTextIsLeftOutWithAWarning() throws Exception {
		EditorialFields fields = read("title: Fine\nsite: [a, b]");

		assertThat(fields.title()).isEqualTo("Fine");
		assertThat(fields.source().site()).isNull();
		assertThat(warnings).containsExactly("front matter, field 'site': must be text, not a list; left out");
	}

	@Test
	void relativeSourceUrlIsNotAnAddress() throws Exception {
		read("source-url: /pain/page");

		assertThat(warnings).singleElement().asString().contains("field 'source-url'");
	}

	@Test
	void catalogEntryFillsTheGapsOfFrontMatter() throws Exception {
		EditorialFields catalog = EditorialFields.fromMap(Map.of("reviewed", "2026-03-01"), "catalog", warnings);
		EditorialFields front = read("author: Jane\nreviewed: 2025-01-01");

		EditorialFields merged = catalog.orElse(front);

		assertThat(merged.source().reviewed()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(merged.source().author()).isEqualTo("Jane");
	}

	@Test
	void hintOnlyForNamesCloseToOneRead() {
		assertThat(FieldReader.hint("titel")).isEqualTo(" (did you mean 'title'?)");
		assertThat(FieldReader.hint("reviewd")).isEqualTo(" (did you mean 'reviewed'?)");
		assertThat(FieldReader.hint("mood")).isEmpty();
		assertThat(FieldReader.hint("xy")).isEmpty();
	}

}
