package org.paintreatment.library.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogTest {

	@TempDir
	Path folder;

	private void writeCatalog(String yaml) throws Exception {
		Files.writeString(folder.resolve(Catalog.FILE_NAME), yaml, StandardCharsets.UTF_8);
	}

	@Test
	void entriesAreFoundByFileName() {
		Catalog catalog = Catalog.fromYaml(Map.of("a.txt", Map.of("title", "A Title", "treatment", "kratom")));

		assertThat(catalog.entryFor("a.txt")).isEqualTo(new EditorialFields("A Title", null, "kratom", null));
		assertThat(catalog.entryFor("b.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).isEmpty();
	}

	@Test
	void nothingParsedIsAnEmptyCatalog() {
		Catalog catalog = Catalog.fromYaml(null);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).isEmpty();
	}

	@Test
	void catalogThatIsNotAMappingIsAProblem() {
		Catalog catalog = Catalog.fromYaml(List.of("a.txt"));

		assertThat(catalog.problems()).containsExactly("catalog.yml must map file names to fields, ignored");
	}

	@Test
	void badEntryIsAProblemAndTheOthersStillCount() {
		Catalog catalog = Catalog.fromYaml(Map.of("good.txt", Map.of("title", "Good"), "unknown.txt",
				Map.of("titel", "Typo"), "scalar.txt", "just a title", "list.txt", Map.of("slug", List.of("a", "b"))));

		assertThat(catalog.entryFor("good.txt").title()).isEqualTo("Good");
		assertThat(catalog.entryFor("unknown.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.entryFor("scalar.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).hasSize(3)
			.anySatisfy(problem -> assertThat(problem).startsWith("unknown.txt: ").contains("unknown field(s) [titel]")
				.endsWith("(entry ignored)"))
			.anySatisfy(problem -> assertThat(problem).startsWith("scalar.txt: ").contains("must be a mapping of fields"))
			.anySatisfy(problem -> assertThat(problem).startsWith("list.txt: ").contains("'slug' must be a single line of text"));
	}

	@Test
	void missingCatalogFileIsAnEmptyCatalog() {
		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).isEmpty();
	}

	@Test
	void catalogFileIsLoadedFromTheFolder() throws Exception {
		writeCatalog("""
				# editorial overrides
				a.txt:
				  title: Can Acupuncture Relieve Pain Right Away?
				  summary: A short answer.
				b.md:
				  slug: custom-slug
				empty.txt:
				""");

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.problems()).isEmpty();
		assertThat(catalog.entryFor("a.txt"))
			.isEqualTo(new EditorialFields("Can Acupuncture Relieve Pain Right Away?", null, null, "A short answer."));
		assertThat(catalog.entryFor("b.md").slug()).isEqualTo("custom-slug");
		assertThat(catalog.entryFor("empty.txt")).isEqualTo(EditorialFields.NONE);
	}

	@Test
	void unreadableYamlIsAProblemAndTheCatalogIsEmpty() throws Exception {
		writeCatalog("a.txt:\n  title: [unclosed\n");

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).singleElement().asString().startsWith("catalog.yml is not readable YAML, ignored");
	}

	@Test
	void badEntryInTheFileIsReportedAndTheOthersStillCount() throws Exception {
		writeCatalog("""
				a.txt:
				  title: Fine
				b.txt:
				  author: Sarah
				""");

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt").title()).isEqualTo("Fine");
		assertThat(catalog.problems()).singleElement().asString().startsWith("b.txt: ").contains("[author]");
	}

	@Test
	void aCatalogThatIsALinkIsNotFollowed(@TempDir Path elsewhere) throws Exception {
		Path outside = Files.writeString(elsewhere.resolve("other.yml"), "a.txt:\n  title: From Another Folder\n");
		Files.createSymbolicLink(folder.resolve(Catalog.FILE_NAME), outside);

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems())
			.containsExactly("catalog.yml ignored: a symbolic link, which the importer does not follow");
	}

	@Test
	void aCatalogThatIsAFolderIsAProblem() throws Exception {
		Files.createDirectory(folder.resolve(Catalog.FILE_NAME));

		assertThat(Catalog.load(folder).problems()).containsExactly("catalog.yml ignored: a folder, not a file");
	}

	@Test
	void realSeedsCatalogHasNoProblems() {
		Catalog catalog = Catalog.load(Path.of("seeds"));

		assertThat(catalog.problems()).isEmpty();
		assertThat(catalog.entryFor("000_78c6569313d2e4ac.txt").title()).isEqualTo("Can Acupuncture Relieve Pain Right Away?");
	}

}
