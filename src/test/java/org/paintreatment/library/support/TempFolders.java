package org.paintreatment.library.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders a test makes and removes: mostly a test class's own seeds folder, made when the class
 * loads (its application context reads the folder's name through a {@code @DynamicPropertySource})
 * and deleted with everything in it when the class is done.
 */
public final class TempFolders {

	private TempFolders() {
	}

	public static Path create(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes what is in the folder: files, links (never what they point to) and sub-folders. */
	public static void empty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.toList()) {
				if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					delete(entry);
				}
				else {
					Files.delete(entry);
				}
			}
		}
	}

	public static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
