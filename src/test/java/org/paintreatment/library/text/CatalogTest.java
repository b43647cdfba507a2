package org.paintreatment.library.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.paintreatment.library.kernel.HostileYaml;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogTest {

	@TempDir
	Path folder;

	private void writeCatalog(String yaml) throws Exception {
		Files.writeString(folder.resolve(Catalog.FILE_NAME), yaml, StandardCharsets.UTF_8);
	}

	@Test
	void entriesAreFoundByFileName() {
		Catalog catalog = Catalog.parse("a.txt: {title: A Title, treatment: kratom}\n");

		assertThat(catalog.entryFor("a.txt")).isEqualTo(new EditorialFields("A Title", null, "kratom", null));
		assertThat(catalog.entryFor("b.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).isEmpty();
	}

	@Test
	void nothingParsedIsAnEmptyCatalog() {
		Catalog catalog = Catalog.parse("# nothing yet\n");

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).isEmpty();
	}

	@Test
	void catalogThatIsNotAMappingIsAProblem() {
		Catalog catalog = Catalog.parse("- a.txt\n");

		assertThat(catalog.problems())
			.containsExactly("catalog.yml: must be a mapping of names to entries, not a list (line 1); catalog ignored");
	}

	@Test
	void badEntryIsAProblemAndTheOthersStillCount() {
		Catalog catalog = Catalog.parse("""
				good.txt: {title: Good}
				unknown.txt: {titel: Typo}
				scalar.txt: just a title
				list.txt: {slug: [a, b]}
				""");

		assertThat(catalog.entryFor("good.txt").title()).isEqualTo("Good");
		assertThat(catalog.entryFor("unknown.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.entryFor("scalar.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).containsExactly(
				"catalog.yml, entry 'unknown.txt': unknown field 'titel' (did you mean 'title'?) left out",
				"catalog.yml, entry 'scalar.txt': must be a mapping of fields, like 'title: ...'; entry ignored",
				"catalog.yml, entry 'list.txt', field 'slug': must be text, not a list; entry ignored");
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
		assertThat(catalog.problems()).singleElement()
			.asString()
			.startsWith("catalog.yml is not valid YAML: ")
			.endsWith("(line 3); catalog ignored");
	}

	@Test
	void badEntryInTheFileIsReportedAndTheOthersStillCount() throws Exception {
		writeCatalog("""
				a.txt:
				  title: Fine
				b.txt:
				  author: Sarah
				  mood: sunny
				""");

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt").title()).isEqualTo("Fine");
		assertThat(catalog.entryFor("b.txt").source().author()).isEqualTo("Sarah");
		assertThat(catalog.problems()).singleElement()
			.asString()
			.startsWith("catalog.yml, entry 'b.txt': unknown field 'mood' left out");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void aliasBombInAKeyIgnoresTheCatalogWithoutExpandingIt() throws Exception {
		writeCatalog("a.txt:\n  title: Fine\n" + HostileYaml.aliasBombInAKey());

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems()).containsExactly(
				"catalog.yml: aliases (*name) are not allowed; write the value out (line 4); catalog ignored");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void aliasBombInAValueIgnoresTheCatalog() throws Exception {
		writeCatalog(HostileYaml.aliasBombInAValue("a.txt"));

		assertThat(Catalog.load(folder).problems()).singleElement()
			.asString()
			.startsWith("catalog.yml: aliases (*name) are not allowed");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void deeplyNestedCatalogIsIgnored() throws Exception {
		writeCatalog("a.txt:\n  title: " + HostileYaml.deepFlowSequence(10_000) + "\n");

		assertThat(Catalog.load(folder).problems())
			.containsExactly("catalog.yml: nested deeper than 16 levels (line 2); catalog ignored");
	}

	@Test
	void catalogLargerThanTheLimitIsIgnoredUnread() throws Exception {
		writeCatalog("a.txt:\n  summary: " + "x".repeat(Catalog.MAX_BYTES) + "\n");

		assertThat(Catalog.load(folder).problems())
			.singleElement(InstanceOfAssertFactories.STRING)
			.startsWith("catalog.yml: larger than " + Catalog.MAX_BYTES + " bytes (")
			.endsWith("; catalog ignored");
	}

	@Test
	void catalogThatIsNotUtf8IsIgnored() throws Exception {
		Files.write(folder.resolve(Catalog.FILE_NAME), new byte[] { 'a', ':', ' ', (byte) 0xC3, '\n' });

		assertThat(Catalog.load(folder).problems()).containsExactly("catalog.yml is not valid UTF-8; catalog ignored");
	}

	@Test
	void valuesThatAreNotTextAreBadEntriesNamingFileEntryAndField() throws Exception {
		writeCatalog("""
				a.txt:
				  title: !!binary aGVsbG8=
				b.txt:
				  title: "Nul \\u0000 inside"
				c.txt:
				  title: Fine
				""");

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.entryFor("b.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.entryFor("c.txt").title()).isEqualTo("Fine");
		assertThat(catalog.problems()).containsExactly(
				"catalog.yml, entry 'a.txt', field 'title': must be plain text, not !!binary (line 2); entry ignored",
				"catalog.yml, entry 'b.txt', field 'title': must be plain text: U+0000 is a control character (line 4);"
						+ " entry ignored");
	}

	@Test
	void datesYesAndNanAreTheTextTheLibrarianWrote() throws Exception {
		writeCatalog("""
				a.txt:
				  title: 2024-01-01
				  summary: yes
				  slug: .nan
				  treatment: 1e3
				""");

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.problems()).isEmpty();
		assertThat(catalog.entryFor("a.txt")).isEqualTo(new EditorialFields("2024-01-01", ".nan", "1e3", "yes"));
	}

	@Test
	void fieldGivenTwiceIsABadEntry() throws Exception {
		writeCatalog("a.txt:\n  title: One\n  title: Two\nb.txt:\n  title: Fine\n");

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.entryFor("b.txt").title()).isEqualTo("Fine");
		assertThat(catalog.problems())
			.containsExactly("catalog.yml, entry 'a.txt': the key 'title' is there twice (line 3); entry ignored");
	}

	@Test
	void fileGivenTwiceIsABadEntryAndNeitherCounts() throws Exception {
		writeCatalog("a.txt:\n  title: One\nb.txt:\n  title: Fine\na.txt:\n  title: Two\n");

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.entryFor("b.txt").title()).isEqualTo("Fine");
		assertThat(catalog.problems()).containsExactly(
				"catalog.yml, entry 'a.txt': is there more than once, and none of them counts (line 5); entry ignored");
	}

	@Test
	void aCatalogThatIsALinkIsNotFollowed(@TempDir Path elsewhere) throws Exception {
		Path outside = Files.writeString(elsewhere.resolve("other.yml"), "a.txt:\n  title: From Another Folder\n");
		Files.createSymbolicLink(folder.resolve(Catalog.FILE_NAME), outside);

		Catalog catalog = Catalog.load(folder);

		assertThat(catalog.entryFor("a.txt")).isEqualTo(EditorialFields.NONE);
		assertThat(catalog.problems())
			.containsExactly("catalog.yml: a symbolic link, which the importer does not follow; catalog ignored");
	}

	@Test
	void aCatalogThatIsAFolderIsAProblem() throws Exception {
		Files.createDirectory(folder.resolve(Catalog.FILE_NAME));

		assertThat(Catalog.load(folder).problems()).containsExactly("catalog.yml: a folder, not a file; catalog ignored");
	}

	@Test
	void realSeedsCatalogHasNoProblems() {
		Catalog catalog = Catalog.load(Path.of("seeds"));

		assertThat(catalog.problems()).isEmpty();
		assertThat(catalog.entryFor("000_78c6569313d2e4ac.txt").title()).isEqualTo("Can Acupuncture Relieve Pain Right Away?");
	}

}
