package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.TempFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the watcher on, a change in the seeds folder reaches the library within five seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "library.test.schema=watcher_test", "library.watch=true" })
@DatabaseTest
class SeedsWatcherTest {

	/** Left in place: the context, and its watcher, outlive the class in Spring's test cache. */
	static final Path SEEDS = TempFolders.create("watched-seeds");

	static final Duration WITHIN = Duration.ofSeconds(5);

	@Autowired
	ArticleRepository articles;

	@Autowired
	ImportHistory history;

	@DynamicPropertySource
	static void seedsFolder(DynamicPropertyRegistry registry) {
		registry.add("library.seeds-dir", SEEDS::toString);
	}

	@Test
	void addedChangedBrokenAndDeletedFilesAreReflectedWithoutARestart() throws Exception {
		write("watched.txt", "Kratom and pain\nKratom binds opioid receptors. Kratom is a leaf.\nKratom tea.\n");
		awaitTitle("watched.txt", "Kratom and pain");

		write("watched.txt", "Kratom for pain relief\nKratom binds opioid receptors. Kratom is a leaf.\nKratom tea.\n");
		awaitTitle("watched.txt", "Kratom for pain relief");

		Files.write(SEEDS.resolve("watched.txt"), new byte[] { (byte) 0xC3, (byte) 0x28, 'x' });
		await(() -> history.last().orElseThrow().skipped().stream().anyMatch(file -> file.file().equals("watched.txt")));
		assertThat(articles.findBySourceFile("watched.txt").orElseThrow().getTitle()).isEqualTo("Kratom for pain relief");

		Files.delete(SEEDS.resolve("watched.txt"));
		await(() -> articles.findBySourceFile("watched.txt").isEmpty());
	}

	private void awaitTitle(String file, String title) throws InterruptedException {
		await(() -> articles.findBySourceFile(file).map(article -> article.getTitle().equals(title)).orElse(false));
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("reflected within %s", WITHIN).isLessThan(deadline);
			TimeUnit.MILLISECONDS.sleep(100);
		}
	}

	private static void write(String name, String text) throws IOException {
		Path temporary = SEEDS.resolve(name + ".part");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, SEEDS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

}
