package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paintreatment.library.importer.ImportReport.FileWarning;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.paintreatment.library.support.TempFolders;
import org.paintreatment.library.text.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A librarian's tag corrections in catalog.yml, through the importer into the real H2 database:
 * stored, re-imported when they change, and a broken one reported with one WARN while the
 * article imports with its detected tags.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "library.test.schema=tag_corrections_test", "library.watch=false" })
@DatabaseTest
@OwnSeedsFolder
@ExtendWith(OutputCaptureExtension.class)
class TagCorrectionsImportTest {

	private static final Path SEEDS = SeedsFolders.of(TagCorrectionsImportTest.class);

	private static final String KETAMINE = """
			Ketamine for Nerve Pain
			Ketamine is given as an infusion under medical supervision. In the spinal cord it blocks NMDA receptors.
			Doctors use ketamine for nerve pain. It is not without side effects.
			""";

	private static final String CORRECTED = """
			k.txt:
			  remove-tags:
			    side-effects: The article only says it has some; it names none.
			  add-tags:
			    gate-control: Doctors use ketamine for nerve pain.
			""";

	@Autowired
	private LibraryImporter importer;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void startWithAnEmptyLibrary() throws IOException {
		TempFolders.empty(SEEDS);
		importer.importAll();
	}

	private static void write(String name, String text) throws IOException {
		Files.writeString(SEEDS.resolve(name), text, StandardCharsets.UTF_8);
	}

	private List<String> caveats() {
		return jdbc.queryForList("select c.slug from article_caveat ac join caveat c on c.id = ac.caveat_id", String.class);
	}

	private List<Map<String, Object>> mechanisms() {
		return rows("""
				select m.slug, am.evidence, am.added_by_librarian from article_mechanism am
				join mechanism m on m.id = am.mechanism_id order by m.slug""");
	}

	private List<Map<String, Object>> removals() {
		return rows("select kind, term_slug, reason from tag_removal");
	}

	/** The rows with their column names in capitals, as H2 gives them and PostgreSQL does not. */
	private List<Map<String, Object>> rows(String sql) {
		return jdbc.queryForList(sql).stream()
			.map(row -> row.entrySet().stream()
				.collect(Collectors.toMap(entry -> entry.getKey().toUpperCase(Locale.ROOT),
						Map.Entry::getValue)))
			.toList();
	}

	private boolean corrected() {
		return jdbc.queryForObject("select tags_corrected from article", Boolean.class);
	}

	@Test
	void aCorrectionRemovesATagWithItsReasonAndAddsOneWithTheLibrariansQuote() throws IOException {
		write("k.txt", KETAMINE);
		write(Catalog.FILE_NAME, CORRECTED);

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("k.txt");
		assertThat(report.warnings()).isEmpty();
		assertThat(caveats()).doesNotContain("side-effects").contains("medical-supervision");
		assertThat(removals()).containsExactly(Map.of("KIND", "caveat", "TERM_SLUG", "side-effects", "REASON",
				"The article only says it has some; it names none."));
		assertThat(mechanisms()).contains(Map.of("SLUG", "gate-control", "EVIDENCE", "Doctors use ketamine for nerve pain.",
				"ADDED_BY_LIBRARIAN", true));
		assertThat(mechanisms()).filteredOn(row -> row.get("SLUG").equals("nmda-receptor-antagonism"))
			.singleElement()
			.extracting(row -> row.get("ADDED_BY_LIBRARIAN"))
			.isEqualTo(false);
		assertThat(corrected()).isTrue();
	}

	@Test
	void aChangedCorrectionReimportsTheArticleAndATakenBackOneRestoresTheDetectedTags() throws IOException {
		write("k.txt", KETAMINE);
		write(Catalog.FILE_NAME, CORRECTED);
		importer.importAll();

		write(Catalog.FILE_NAME, CORRECTED.replace("it names none", "it names no side effect"));
		ImportReport changed = importer.importAll();
		assertThat(changed.updated()).containsExactly("k.txt");
		assertThat(removals()).extracting(row -> row.get("REASON"))
			.containsExactly("The article only says it has some; it names no side effect.");

		assertThat(importer.importAll().unchanged()).containsExactly("k.txt");

		write(Catalog.FILE_NAME, "k.txt: {title: Ketamine for Nerve Pain}\n");
		assertThat(importer.importAll().updated()).containsExactly("k.txt");
		assertThat(caveats()).contains("side-effects");
		assertThat(removals()).isEmpty();
		assertThat(mechanisms()).extracting(row -> row.get("SLUG")).doesNotContain("gate-control");
		assertThat(corrected()).isFalse();
	}

	@Test
	void aQuoteNotInTheTextIsOneWarningNamingTheFileAndFieldAndTheArticleKeepsItsDetectedTags(CapturedOutput output)
			throws IOException {
		write("k.txt", KETAMINE);
		write(Catalog.FILE_NAME, """
				k.txt:
				  add-tags:
				    gate-control: Ketamine closes the pain gate.
				""");

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("k.txt");
		assertThat(mechanisms()).extracting(row -> row.get("SLUG")).containsExactly("nmda-receptor-antagonism");
		assertThat(caveats()).contains("side-effects");
		assertThat(corrected()).isFalse();
		assertThat(output.getAll().lines().filter(line -> line.contains(" WARN ") && line.contains("k.txt")))
			.singleElement()
			.asString()
			.contains("catalog.yml, entry 'k.txt', field 'add-tags'")
			.contains("is not in the article's text");
		assertThat(report.warnings()).extracting(FileWarning::file).containsExactly("k.txt");
	}

	@Test
	void removalsThatAreNotAMappingAreOneWarningNamingTheFieldAndTheRestOfTheEntryCounts(CapturedOutput output)
			throws IOException {
		write("k.txt", KETAMINE);
		write(Catalog.FILE_NAME, "k.txt:\n  title: Ketamine Explained\n  remove-tags: side-effects\n");

		ImportReport report = importer.importAll();

		assertThat(jdbc.queryForObject("select title from article", String.class)).isEqualTo("Ketamine Explained");
		assertThat(caveats()).contains("side-effects");
		assertThat(output.getAll().lines().filter(line -> line.contains(" WARN ") && line.contains("catalog.yml")))
			.singleElement()
			.asString()
			.contains("entry 'k.txt', field 'remove-tags': must be a mapping of tags");
		assertThat(report.warnings()).extracting(FileWarning::file).containsExactly(Catalog.FILE_NAME);
	}

}
