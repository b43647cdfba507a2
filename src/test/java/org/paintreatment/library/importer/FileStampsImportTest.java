package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.paintreatment.library.support.TempFolders;
import org.paintreatment.library.text.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import after the first (a restart's, or the watcher's) reads and hashes only the files
 * whose size or time of change differ from those stamped when they were last read, and a file
 * changed too soon after its stamp was taken for the time to tell is read again all the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "library.test.schema=file_stamps_test", "library.watch=false" })
@DatabaseTest
@OwnSeedsFolder
class FileStampsImportTest {

	private static final Path SEEDS = SeedsFolders.of(FileStampsImportTest.class);

	private static final String KETAMINE = """
			Ketamine blocks NMDA receptors in the spinal cord. Ketamine is given as an infusion under medical supervision.
			Doctors use ketamine for nerve pain. It is not without side effects.
			""";

	/** A time of change long settled, as that of a file put in the folder before the last start. */
	private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(Duration.ofHours(1)));

	@Autowired
	private LibraryImporter importer;

	@Autowired
	private ArticleRepository articles;

	@BeforeEach
	void startWithAnEmptyLibrary() throws IOException {
		TempFolders.empty(SEEDS);
		importer.importAll();
		assertThat(articles.count()).isZero();
	}

	@Test
	void aFileWhoseSizeAndTimeAreAsStampedIsNotReadAgain() throws IOException {
		Path file = write("ketamine.txt", "Ketamine for Nerve Pain\n" + KETAMINE, AN_HOUR_AGO);
		write("kratom.txt", "Kratom and Pain\nKratom binds opioid receptors. Kratom tea.", AN_HOUR_AGO);
		ImportReport first = importer.importAll();
		assertThat(first.hashed()).containsExactly("ketamine.txt", "kratom.txt");

		ImportReport again = importer.importAll();

		assertThat(again.unchanged()).containsExactly("ketamine.txt", "kratom.txt");
		assertThat(again.hashed()).isEmpty();
		Files.writeString(file, "Ketamine for Nerve Pain, revised\n" + KETAMINE, StandardCharsets.UTF_8);
		ImportReport afterAnEdit = importer.importAll();
		assertThat(afterAnEdit.hashed()).containsExactly("ketamine.txt");
		assertThat(afterAnEdit.updated()).containsExactly("ketamine.txt");
		assertThat(article("ketamine.txt").getTitle()).isEqualTo("Ketamine for Nerve Pain, revised");
	}

	@Test
	void aFileTouchedWithTheSameBytesStaysUnchangedAndIsNotReadTheTimeAfter() throws IOException {
		Path file = write("ketamine.txt", "Ketamine for Nerve Pain\n" + KETAMINE, AN_HOUR_AGO);
		importer.importAll();
		Instant importedAt = article("ketamine.txt").getImportedAt();

		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
		ImportReport touched = importer.importAll();

		assertThat(touched.hashed()).containsExactly("ketamine.txt");
		assertThat(touched.unchanged()).containsExactly("ketamine.txt");
		assertThat(touched.updated()).isEmpty();
		assertThat(article("ketamine.txt").getImportedAt()).isEqualTo(importedAt);
		assertThat(importer.importAll().hashed()).isEmpty();
	}

	@Test
	void aFileChangedWithinTheSettlingTimeOfItsStampIsReadAgainDespiteTheSameSizeAndTime() throws IOException {
		Path file = write("ketamine.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		FileTime changed = Files.getLastModifiedTime(file);
		importer.importAll();

		// Changed again in the same granule of the file system's clock: same size, same time.
		Files.writeString(file, "Ketamine for Nerve Ache\n" + KETAMINE, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, changed);
		ImportReport report = importer.importAll();

		assertThat(report.updated()).containsExactly("ketamine.txt");
		assertThat(article("ketamine.txt").getTitle()).isEqualTo("Ketamine for Nerve Ache");
	}

	@Test
	void aStampedFileIsReadAgainWhenItsCatalogEntryChanges() throws IOException {
		write("ketamine.txt", "Ketamine for Nerve Pain\n" + KETAMINE, AN_HOUR_AGO);
		importer.importAll();

		Files.writeString(SEEDS.resolve(Catalog.FILE_NAME), "ketamine.txt:\n  title: Ketamine, as Catalogued\n",
				StandardCharsets.UTF_8);
		ImportReport report = importer.importAll();

		assertThat(report.hashed()).containsExactly("ketamine.txt");
		assertThat(report.updated()).containsExactly("ketamine.txt");
		assertThat(article("ketamine.txt").getTitle()).isEqualTo("Ketamine, as Catalogued");
	}

	@Test
	void aCopyOfAStampedFileIsStillRecognisedAsTheSameContent() throws IOException {
		String text = "Ketamine for Nerve Pain\n" + KETAMINE;
		write("b-ketamine.txt", text, AN_HOUR_AGO);
		importer.importAll();

		write("a-copy.txt", text, AN_HOUR_AGO);
		ImportReport report = importer.importAll();

		assertThat(report.hashed()).containsExactly("a-copy.txt");
		assertThat(report.unchanged()).containsExactly("b-ketamine.txt");
		assertThat(report.skipped()).singleElement()
			.satisfies(skipped -> assertThat(skipped.reason()).contains("same content as b-ketamine.txt"));
	}

	private Article article(String file) {
		return articles.findBySourceFile(file).orElseThrow(() -> new AssertionError("no article from " + file));
	}

	private static Path write(String name, String text) throws IOException {
		return Files.writeString(SEEDS.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static Path write(String name, String text, FileTime changed) throws IOException {
		Path file = write(name, text);
		Files.setLastModifiedTime(file, changed);
		return file;
	}

}
