package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.paintreatment.library.text.ArticleFile;
import org.paintreatment.library.text.Catalog;

/**
 * What the watcher polls when the file system cannot watch the folder: the name, size, time of
 * change and file key of each article file and the catalog, in name order. Two equal signatures mean
 * nothing the importer reads has changed, as far as can be told without reading the files.
 */
record FolderSignature(List<String> entries) {

	/** Whether a change to a file of this name concerns the importer. */
	static boolean isWatched(String fileName) {
		return ArticleFile.isArticleName(fileName) || fileName.equals(Catalog.FILE_NAME);
	}

	/** The folder's signature; empty when it cannot be listed. */
	static Optional<FolderSignature> of(Path folder) {
		List<String> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			for (Path entry : stream) {
				String name = entry.getFileName().toString();
				if (isWatched(name)) {
					entries.add(name + '\0' + attributesOf(entry));
				}
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		entries.sort(null);
		return Optional.of(new FolderSignature(entries));
	}

	private static String attributesOf(Path entry) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			// The file key (inode) changes when a file is replaced by a rename, as editors and rsync do.
			return attributes.size() + "\0" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\0"
					+ attributes.fileKey();
		}
		catch (IOException ex) {
			return "gone";
		}
	}

}
