package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.paintreatment.library.support.TempFolders;
import org.paintreatment.library.taxonomy.SourceType;
import org.paintreatment.library.text.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Source and review fields through the importer into the real H2 database: stored, overridden by
 * the catalog, and a broken or unknown field reported with one WARN while the article imports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "library.test.schema=provenance_test", "library.watch=false" })
@DatabaseTest
@OwnSeedsFolder
@ExtendWith(OutputCaptureExtension.class)
class ProvenanceImportTest {

	private static final Path SEEDS = SeedsFolders.of(ProvenanceImportTest.class);

	private static final String KETAMINE = """
			Ketamine blocks NMDA receptors in the spinal cord. Ketamine is given as an infusion under medical supervision.
			Doctors use ketamine for nerve pain. It is not without side effects.
			""";

	@Autowired
	private LibraryImporter importer;

	@Autowired
	private ArticleRepository articles;

	@BeforeEach
	void startWithAnEmptyLibrary() throws IOException {
		TempFolders.empty(SEEDS);
		importer.importAll();
	}

	private static void write(String name, String text) throws IOException {
		Files.writeString(SEEDS.resolve(name), text, StandardCharsets.UTF_8);
	}

	private Article article(String file) {
		return articles.findBySourceFile(file).orElseThrow(() -> new AssertionError("no article from " + file));
	}

	private static Stream<String> warnings(CapturedOutput output, String file) {
		return output.getAll().lines().filter(line -> line.contains(" WARN ") && line.contains(file));
	}

	@Test
	void hugoExportWithSourceFieldsImportsThemWithoutAWarning(CapturedOutput output) throws IOException {
		write("hugo.md", """
				---
				title: Ketamine and Nerve Pain
				date: 2023-05-06T09:00:00Z
				author: Jane Roe
				site: Example Health
				source-url: https://example.org/ketamine
				tags: [ketamine]
				draft: false
				---
				""" + KETAMINE);

		importer.importAll();

		Article article = article("hugo.md");
		assertThat(article.getSourceSite()).isEqualTo("Example Health");
		assertThat(article.getSourceUrl()).isEqualTo("https://example.org/ketamine");
		assertThat(article.getSourceAuthor()).isEqualTo("Jane Roe");
		assertThat(article.getSourcePublished()).isEqualTo(LocalDate.of(2023, 5, 6));
		assertThat(article.getReviewedOn()).isNull();
		assertThat(warnings(output, "hugo.md")).isEmpty();
	}

	@Test
	void unknownAndBrokenFieldsImportTheArticleWithOneWarningNamingThem(CapturedOutput output) throws IOException {
		write("odd.md", """
				---
				title: Ketamine Notes
				titel: typo
				published: last spring
				source-url: ftp://example.org/file
				---
				""" + KETAMINE);

		importer.importAll();

		Article article = article("odd.md");
		assertThat(article.getTitle()).isEqualTo("Ketamine Notes");
		assertThat(article.getSourcePublished()).isNull();
		assertThat(article.getSourceUrl()).isNull();
		assertThat(warnings(output, "odd.md")).singleElement()
			.asString()
			.contains("Imported odd.md without some fields: front matter: unknown field 'titel' (did you mean 'title'?)")
			.contains("field 'published': 'last spring' is not a date")
			.contains("field 'source-url': 'ftp://example.org/file' is not an http(s) address");
	}

	@Test
	void catalogGivesReviewDatesAndOverridesTheDetectedType(CapturedOutput output) throws IOException {
		write("clinic.txt", "Ketamine at the Clinic\n" + KETAMINE + "\nCall us today to book an appointment.\n");
		importer.importAll();
		assertThat(article("clinic.txt").getSourceType()).isEqualTo(SourceType.PROVIDER);
		assertThat(article("clinic.txt").getSourceTypeEvidence()).isEqualTo("Call us today to book an appointment.");

		write(Catalog.FILE_NAME, """
				clinic.txt:
				  reviewed: 2026-01-02
				  review-due: 2027-01-02
				  source-type: news
				  published: someday
				""");
		ImportReport report = importer.importAll();

		assertThat(report.updated()).as("a catalog change imports the article again").containsExactly("clinic.txt");
		Article article = article("clinic.txt");
		assertThat(article.getReviewedOn()).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(article.getReviewDue()).isEqualTo(LocalDate.of(2027, 1, 2));
		assertThat(article.getSourceType()).isEqualTo(SourceType.NEWS);
		assertThat(article.getSourceTypeEvidence()).isNull();
		assertThat(warnings(output, "catalog.yml")).filteredOn(line -> line.contains("someday"))
			.singleElement()
			.asString()
			.contains("catalog.yml, entry 'clinic.txt', field 'published': 'someday' is not a date");
	}

	@Test
	void articleWithoutSignsIsOfUnknownType() throws IOException {
		write("plain.txt", "Ketamine Facts\n" + KETAMINE);

		importer.importAll();

		assertThat(article("plain.txt").getSourceType()).isEqualTo(SourceType.UNKNOWN);
		assertThat(article("plain.txt").getSourceTypeEvidence()).isNull();
	}

}
