package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watch loop on a folder of its own, importing by counting: what it imports after, and that
 * it keeps going.
 */
class WatchLoopTest {

	static final Duration WITHIN = Duration.ofSeconds(6);

	@TempDir
	Path folder;

	final AtomicInteger imports = new AtomicInteger();

	Thread thread;

	WatchLoop loop;

	@AfterEach
	void stop() throws InterruptedException {
		loop.stop(thread);
		thread.join(WITHIN.toMillis());
		assertThat(thread.isAlive()).as("stopped").isFalse();
	}

	private void start(WatchLoop watchLoop) {
		loop = watchLoop;
		thread = new Thread(loop, "watch-loop-test");
		thread.setDaemon(true);
		thread.start();
	}

	@Test
	void aFolderTheSystemWillNotWatchIsPolledInstead() throws Exception {
		start(new WatchLoop(folder, imports::incrementAndGet, path -> {
			throw new IOException("User limit of inotify instances reached");
		}));
		// Polling is decided before the first listing is taken: a file written in between is in it.
		await(() -> loop.isPolling() && loop.isReady());

		Files.writeString(folder.resolve("a.txt"), "Kratom.");
		await(() -> imports.get() == 1);
		Files.writeString(folder.resolve("a.txt"), "Kratom, changed.");
		await(() -> imports.get() == 2);
		Files.writeString(folder.resolve("notes.pdf"), "not an article");
		TimeUnit.MILLISECONDS.sleep(2 * FolderPoll.POLL_MILLIS + 500);
		assertThat(imports).hasValue(2);
	}

	@Test
	void aFailingImportDoesNotEndTheLoop() throws Exception {
		AtomicInteger attempts = new AtomicInteger();
		start(new WatchLoop(folder, () -> {
			if (attempts.incrementAndGet() == 1) {
				throw new StackOverflowError();
			}
			imports.incrementAndGet();
		}));
		await(loop::isReady);

		Files.writeString(folder.resolve("a.txt"), "Kratom.");
		await(() -> attempts.get() == 1);
		Files.writeString(folder.resolve("b.txt"), "Kratom again.");
		await(() -> imports.get() == 1);
		assertThat(thread.isAlive()).isTrue();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("within %s", WITHIN).isLessThan(deadline);
			TimeUnit.MILLISECONDS.sleep(50);
		}
	}

}
