package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.kernel.LibraryChangedEvent;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.paintreatment.library.support.TempFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the watcher on, a change in the seeds folder reaches the library within five seconds,
 * also after the folder was replaced or an import failed, and health says whether it watches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=watcher_test", "library.watch=true" })
@DatabaseTest
@OwnSeedsFolder
class SeedsWatcherTest {

	/** Left in place: the context, and its watcher, outlive the class in Spring's test cache. */
	static final Path SEEDS = SeedsFolders.of(SeedsWatcherTest.class);

	static final Duration WITHIN = Duration.ofSeconds(5);

	static final String KRATOM = "Kratom binds opioid receptors. Kratom is a leaf.\nKratom tea.\n";

	/** Armed by a test: the next import on the watcher's thread ends in an Error. */
	static final AtomicBoolean FAIL_NEXT_IMPORT = new AtomicBoolean();

	@Autowired
	ArticleRepository articles;

	@Autowired
	ImportHistory history;

	@Autowired
	SeedsWatcher watcher;

	@LocalServerPort
	int port;

	LibraryHttp http;

	/**
	 * Fails an import on the watcher's thread as a listener of the import would (the search
	 * index and the read model listen on that thread), when a test has armed it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingListener implements ApplicationListener<PayloadApplicationEvent<LibraryChangedEvent>> {

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<LibraryChangedEvent> event) {
			boolean onTheWatcher = Thread.currentThread().getName().equals(SeedsWatcher.THREAD_NAME);
			if (onTheWatcher && FAIL_NEXT_IMPORT.compareAndSet(true, false)) {
				throw new Error("thrown once by a test listener of the import");
			}
		}

	}

	@BeforeEach
	void connect() {
		http = new LibraryHttp(port);
	}

	@Test
	void addedChangedBrokenAndDeletedFilesAreReflectedWithoutARestart() throws Exception {
		write("watched.txt", "Kratom and pain\n" + KRATOM);
		awaitTitle("watched.txt", "Kratom and pain");

		write("watched.txt", "Kratom for pain relief\n" + KRATOM);
		awaitTitle("watched.txt", "Kratom for pain relief");

		Files.write(SEEDS.resolve("watched.txt"), new byte[] { (byte) 0xC3, (byte) 0x28, 'x' });
		await(() -> history.last().orElseThrow().skipped().stream().anyMatch(file -> file.file().equals("watched.txt")));
		assertThat(articles.findBySourceFile("watched.txt").orElseThrow().getTitle()).isEqualTo("Kratom for pain relief");

		Files.delete(SEEDS.resolve("watched.txt"));
		await(() -> articles.findBySourceFile("watched.txt").isEmpty());
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aFolderReplacedByARenameIsWatchedAgain(CapturedOutput output) throws Exception {
		Path fresh = Files.createTempDirectory("fresh-seeds");
		Files.writeString(fresh.resolve("deployed.txt"), "Kratom as deployed\n" + KRATOM, StandardCharsets.UTF_8);
		Path old = SEEDS.resolveSibling(SEEDS.getFileName() + "-old");
		Files.move(SEEDS, old);
		Files.move(fresh, SEEDS);
		TempFolders.delete(old);

		awaitTitle("deployed.txt", "Kratom as deployed");
		write("added-later.txt", "Kratom added later\n" + KRATOM);
		awaitTitle("added-later.txt", "Kratom added later");
		assertThat(output).contains("The seeds folder " + SEEDS.toAbsolutePath() + " was replaced or removed");
	}

	@Test
	void aFolderThatWasGoneForAWhileIsWatchedAgainWhenItIsBack() throws Exception {
		write("before.txt", "Kratom before the gap\n" + KRATOM);
		awaitTitle("before.txt", "Kratom before the gap");
		TempFolders.delete(SEEDS);
		TimeUnit.MILLISECONDS.sleep(1500);

		Files.createDirectory(SEEDS);
		write("after.txt", "Kratom after the gap\n" + KRATOM);

		awaitTitle("after.txt", "Kratom after the gap");
		await(() -> articles.findBySourceFile("before.txt").isEmpty());
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anErrorDuringAnImportDoesNotStopTheWatcher(CapturedOutput output) throws Exception {
		FAIL_NEXT_IMPORT.set(true);
		write("first.txt", "Kratom imported as the error came\n" + KRATOM);
		awaitTitle("first.txt", "Kratom imported as the error came");
		await(() -> !FAIL_NEXT_IMPORT.get());

		write("second.txt", "Kratom after the error\n" + KRATOM);
		awaitTitle("second.txt", "Kratom after the error");
		assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")))
			.singleElement()
			.asString()
			.contains("Re-import after a change in the seeds folder failed "
					+ "(java.lang.Error: thrown once by a test listener");
		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void healthIsUpWhileTheWatcherWatchesAndDownWhenItsThreadHasDied() throws Exception {
		assertThat(http.json("/actuator/health").get("status").asString()).isEqualTo("UP");
		try {
			// Interrupted while it waits for a change: interrupted during an import, the search
			// index would lose its writer.
			// The watcher settles first: the test before may have left it re-registering a folder.
			write("settled.txt", "Kratom once the watcher has settled\n" + KRATOM);
			awaitTitle("settled.txt", "Kratom once the watcher has settled");
			await(() -> Arrays.stream(watcher.thread().getStackTrace())
				.anyMatch(frame -> frame.getMethodName().equals("awaitChange")));
			watcher.thread().interrupt();
			await(() -> !watcher.thread().isAlive());

			assertThat(http.json("/actuator/health", 503).get("status").asString()).isEqualTo("DOWN");
			assertThat(http.json("/actuator/health/readiness").get("status").asString()).isEqualTo("UP");
		}
		finally {
			watcher.stop();
			watcher.start();
		}
		assertThat(http.json("/actuator/health").get("status").asString()).isEqualTo("UP");
		// A file written before the new thread's watch is in place is seen only with the next change.
		await(() -> watcher.state() != SeedsWatcher.State.STARTING);
		write("revived.txt", "Kratom for the revived watcher\n" + KRATOM);
		awaitTitle("revived.txt", "Kratom for the revived watcher");
	}

	@Test
	void aNewFileIsReadableOnItsPageWithinTwoSeconds() throws Exception {
		write("settled-first.txt", "Kratom before the new file\n" + KRATOM);
		awaitTitle("settled-first.txt", "Kratom before the new file");

		write("dropped-in.txt", "Kratom dropped into the folder\n" + KRATOM);

		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (http.get("/articles/kratom-dropped-into-the-folder").statusCode() != 200) {
			assertThat(System.nanoTime()).as("readable within two seconds").isLessThan(deadline);
			TimeUnit.MILLISECONDS.sleep(50);
		}
	}

	private void awaitTitle(String file, String title) throws InterruptedException {
		await(() -> articles.findBySourceFile(file).map(article -> article.getTitle().equals(title)).orElse(false));
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("reflected within %s", WITHIN).isLessThan(deadline);
			TimeUnit.MILLISECONDS.sleep(100);
		}
	}

	private static void write(String name, String text) throws IOException {
		Path temporary = SEEDS.resolve(name + ".part");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, SEEDS.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
