package org.paintreatment.library.web.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The local copies of stored pages: found by key, bounded on disk, and gone when closed. */
class PageFileTest {

	@TempDir
	Path folder;

	@Test
	void aPageCopiedUnderAKeyIsReadBackByThatKeyOnly() {
		try (PageFile file = new PageFile(folder.resolve("pages"), 1_000)) {
			file.write("key-1", bytes("first page"));
			file.write("key-2", bytes("second"));

			assertThat(file.read("key-1")).hasValueSatisfying(page -> assertThat(text(page)).isEqualTo("first page"));
			assertThat(file.read("key-2")).hasValueSatisfying(page -> assertThat(text(page)).isEqualTo("second"));
			assertThat(file.read("key-3")).isEmpty();
			assertThat(file.size()).isEqualTo(2);
		}
	}

	@Test
	void aKeyIsCopiedOnce() {
		try (PageFile file = new PageFile(folder.resolve("pages"), 1_000)) {
			file.write("key", bytes("the page"));
			file.write("key", bytes("another page under the same key"));

			assertThat(file.read("key")).hasValueSatisfying(page -> assertThat(text(page)).isEqualTo("the page"));
		}
	}

	@Test
	void aFileThatWouldOutgrowItsBoundStartsAgainEmpty() throws Exception {
		Path path = folder.resolve("pages");
		try (PageFile file = new PageFile(path, 20)) {
			file.write("a", bytes("0123456789"));
			file.write("b", bytes("0123456789"));
			file.write("c", bytes("abc"));

			assertThat(file.read("a")).isEmpty();
			assertThat(file.read("b")).isEmpty();
			assertThat(file.read("c")).hasValueSatisfying(page -> assertThat(text(page)).isEqualTo("abc"));
			assertThat(Files.size(path)).isEqualTo(3);

			file.write("too large", bytes("more than twenty bytes"));
			assertThat(file.read("too large")).isEmpty();
			assertThat(file.read("c")).isPresent();
		}
	}

	@Test
	void whatAnEarlierRunLeftIsEmptiedAndTheFileIsDeletedWhenClosed() throws Exception {
		Path path = folder.resolve("pages");
		Files.write(path, bytes("left by the last run"));

		PageFile file = new PageFile(path, 1_000);
		assertThat(Files.size(path)).isZero();
		file.write("key", bytes("page"));
		file.close();

		assertThat(path).doesNotExist();
		assertThat(file.read("key")).isEmpty();
		file.write("key", bytes("page"));
		assertThat(path).doesNotExist();
	}

	@Test
	void aFolderThatCannotBeMadeKeepsNoCopiesAndFailsNoRequest() throws Exception {
		Path notAFolder = Files.writeString(folder.resolve("a file"), "not a folder");
		try (PageFile file = new PageFile(notAFolder.resolve("pages"), 1_000)) {
			file.write("key", bytes("page"));

			assertThat(file.read("key")).isEmpty();
			assertThat(file.size()).isZero();
		}
	}

	@Test
	void noBoundKeepsNoCopies() {
		try (PageFile file = new PageFile(folder.resolve("pages"), 0)) {
			file.write("key", bytes("page"));

			assertThat(file.read("key")).isEmpty();
			assertThat(folder.resolve("pages")).doesNotExist();
		}
	}

	@Test
	void readersNeverGetAnotherKeysBytesWhileTheFileIsStartedAgainUnderThem() throws Exception {
		// a bound of a few pages, so that the file is replaced hundreds of times while readers read
		try (PageFile file = new PageFile(folder.resolve("pages"), 2_000)) {
			AtomicInteger wrong = new AtomicInteger();
			AtomicInteger found = new AtomicInteger();
			List<Thread> threads = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				int seed = t;
				Thread thread = new Thread(() -> {
					Random random = new Random(seed);
					for (int i = 0; i < 20_000; i++) {
						String key = "key-" + random.nextInt(50);
						if (random.nextBoolean()) {
							file.write(key, pageOf(key));
						}
						else {
							file.read(key).ifPresent(page -> {
								found.incrementAndGet();
								if (!Arrays.equals(page, pageOf(key))) {
									wrong.incrementAndGet();
								}
							});
						}
					}
				});
				thread.start();
				threads.add(thread);
			}
			for (Thread thread : threads) {
				thread.join();
			}

			assertThat(wrong).hasValue(0);
			assertThat(found.get()).isPositive();
		}
	}

	/** A page of its own length and bytes for each key, so that a mix-up cannot go unseen. */
	private static byte[] pageOf(String key) {
		return (key + ":").repeat(2 + Math.abs(key.hashCode() % 20)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] page) {
		return new String(page, StandardCharsets.UTF_8);
	}

}
