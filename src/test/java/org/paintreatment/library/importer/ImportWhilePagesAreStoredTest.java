package org.paintreatment.library.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.DatabasePass;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An import that removes an article while the stored pages' pass is rewriting that article's page
 * deadlocks on PostgreSQL: the pass holds the page row and waits for the article (its insert's
 * foreign key), the import holds the article and waits for the page row (the cascade). PostgreSQL
 * aborts the import, which waited first; the import then runs its removal again and succeeds. The
 * pass is played here by a transaction of the test's own, so that the two meet every time. (H2
 * takes no lock for a foreign key's check, so there is no deadlock to meet there.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "library.test.schema=import_while_pages", "library.watch=false", "library.stored-pages=false" })
@DatabaseTest
@OwnSeedsFolder
class ImportWhilePagesAreStoredTest {

	static final Path SEEDS = SeedsFolders.of(ImportWhilePagesAreStoredTest.class);

	@Autowired
	LibraryImporter importer;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void onPostgresOnly() {
		assumeTrue(DatabasePass.isPostgres(), "PostgreSQL's row locks for foreign keys");
	}

	@Test
	void anImportThatLosesADeadlockToThePagesPassRemovesTheArticleAllTheSame() throws Exception {
		Files.writeString(SEEDS.resolve("gone.txt"), """
				Ketamine for Nerve Pain
				Ketamine blocks NMDA receptors in the spinal cord, and doctors give it as an infusion.
				""");
		Files.writeString(SEEDS.resolve("kept.txt"), """
				Acupuncture for Back Pain
				Acupuncture may trigger endorphin release, which eases back pain for some patients.
				""");
		importer.importAll();
		long id = jdbc.queryForObject("select id from article where source_file = 'gone.txt'", Long.class);
		jdbc.update("insert into article_page (article_id, slug, render_key, page) values (?, 'gone', 'old', ?)", id,
				new byte[] { 1 });

		try (Connection pass = dataSource.getConnection()) {
			pass.setAutoCommit(false);
			try (PreparedStatement delete = pass.prepareStatement("delete from article_page where article_id = ?")) {
				delete.setLong(1, id);
				delete.executeUpdate();
			}
			Files.delete(SEEDS.resolve("gone.txt"));
			CompletableFuture<ImportReport> removing = CompletableFuture.supplyAsync(importer::importAll);
			awaitALockWait();
			try (PreparedStatement insert = pass.prepareStatement(
					"insert into article_page (article_id, slug, render_key, page) values (?, 'gone', 'new', ?)")) {
				insert.setLong(1, id);
				insert.setBytes(2, new byte[] { 2 });
				insert.executeUpdate();
			}
			pass.commit();

			ImportReport report = removing.get(30, TimeUnit.SECONDS);

			assertThat(report.removed()).contains("gone.txt");
		}
		assertThat(jdbc.queryForObject("select count(*) from article where id = ?", Integer.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from article_page where article_id = ?", Integer.class, id))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from article where source_file = 'kept.txt'", Integer.class))
			.isOne();
	}

	/** Until the import's removal waits for the row the "pass" holds. */
	private void awaitALockWait() throws InterruptedException {
		for (int tries = 0; tries < 200; tries++) {
			Integer waiting = jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
					+ "and datname = current_database()", Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			TimeUnit.MILLISECONDS.sleep(50);
		}
		throw new AssertionError("the import never waited for the page row");
	}

}
