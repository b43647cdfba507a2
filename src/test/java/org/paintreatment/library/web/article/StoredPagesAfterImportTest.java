package org.paintreatment.library.web.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.importer.LibraryImporter;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored pages follow the library: an article imported later is listed as related on the
 * stored pages of the articles it relates to, and an article changed on disk is shown changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=stored_pages", "library.watch=false" })
@OwnSeedsFolder
@DatabaseTest
class StoredPagesAfterImportTest {

	static final Path SEEDS = SeedsFolders.of(StoredPagesAfterImportTest.class);

	static final String NERVE_PAIN = "Ketamine for Nerve Pain\nKetamine blocks NMDA receptors in the spinal cord. "
			+ "Ketamine is given as an infusion under medical supervision.\nDoctors use ketamine for nerve pain.\n";

	static final String MIGRAINE = "Ketamine Infusions for Migraine\nKetamine blocks NMDA receptors, which calms "
			+ "the pain signals of a migraine attack.\nA clinic gives ketamine as an infusion.\n";

	@LocalServerPort
	int port;

	@Autowired
	LibraryImporter importer;

	@Autowired
	ArticlePages pages;

	@Test
	void anArticleImportedLaterIsListedOnTheStoredPagesOfTheArticlesItRelatesTo() throws Exception {
		Files.writeString(SEEDS.resolve("nerve.txt"), NERVE_PAIN);
		importer.importAll();
		awaitStored("ketamine-for-nerve-pain");
		assertThat(page("ketamine-for-nerve-pain").select(".related a").eachText())
			.doesNotContain("Ketamine Infusions for Migraine");

		Files.writeString(SEEDS.resolve("migraine.txt"), MIGRAINE);
		importer.importAll();
		awaitStored("ketamine-for-nerve-pain");

		assertThat(page("ketamine-for-nerve-pain").select(".related a").eachText())
			.contains("Ketamine Infusions for Migraine");

		Files.writeString(SEEDS.resolve("nerve.txt"), NERVE_PAIN.replace("Doctors use", "Pain specialists use"));
		importer.importAll();
		awaitStored("ketamine-for-nerve-pain");

		assertThat(page("ketamine-for-nerve-pain").select(".article-body").text()).contains("Pain specialists use");
	}

	/** Until the page of the library as it is now is stored; pages are never served stale meanwhile. */
	private void awaitStored(String slug) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!(pages.isCurrent() && pages.find(slug).isPresent())) {
			assertThat(Instant.now()).as("the page of " + slug + " stored").isBefore(deadline);
			Thread.sleep(20);
		}
	}

	private Document page(String slug) {
		return new LibraryHttp(port).page("/articles/" + slug);
	}

}
