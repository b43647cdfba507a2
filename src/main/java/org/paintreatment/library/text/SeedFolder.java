package org.paintreatment.library.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The seeds folder as the importer reads it: only regular files lying directly in it, never
 * through a symbolic link, and never more bytes than allowed. A link is refused even when it
 * points at another file of the folder: the folder's files are then imported under their own
 * names, and a link out of it (to {@code /etc/passwd}, to {@code /proc/self/status}, to another
 * project) could otherwise publish any file the application can read.
 */
public final class SeedFolder {

	static final String LINK = "a symbolic link, which the importer does not follow";

	static final String FOLDER = "a folder, not a file";

	static final String NOT_REGULAR = "not a regular file (a pipe, device or socket)";

	private final Path folder;

	public SeedFolder(Path folder) {
		this.folder = folder;
	}

	public Path path() {
		return folder;
	}

	Path resolve(String name) {
		return folder.resolve(name);
	}

	/** The folder's entries whose names pass {@code wanted}, in name order; they may be anything. */
	public List<Path> list(Predicate<String> wanted) throws IOException {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			for (Path entry : stream) {
				if (wanted.test(entry.getFileName().toString())) {
					entries.add(entry);
				}
			}
		}
		entries.sort(null);
		return entries;
	}

	/**
	 * Why an entry of the folder is not read, or empty when it is a regular file. Listed directly
	 * in the folder and not a link, such a file's real path is always inside the folder's, so no
	 * real paths need comparing. An entry gone since the listing is left to {@link #read}.
	 */
	public Optional<String> refusal(Path entry) {
		try {
			return refusedKind(entry);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of("cannot be read: " + reasonOf(ex));
		}
	}

	private static Optional<String> refusedKind(Path entry) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		if (attributes.isSymbolicLink()) {
			return Optional.of(LINK);
		}
		if (attributes.isDirectory()) {
			return Optional.of(FOLDER);
		}
		return attributes.isRegularFile() ? Optional.empty() : Optional.of(NOT_REGULAR);
	}

	/**
	 * The bytes of a regular file, at most {@code maxBytes}. The size is checked before reading
	 * and again while reading, since a file may grow meanwhile, and files such as those under
	 * {@code /proc} report a size of 0 whatever they hold. The file is opened without following a
	 * link, so a link put in its place since it was checked is refused too.
	 */
	public static byte[] read(Path file, long maxBytes) throws BadArticleException {
		try {
			Optional<String> kind = refusedKind(file);
			if (kind.isPresent()) {
				throw new BadArticleException(kind.get());
			}
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new BadArticleException("larger than " + maxBytes + " bytes (" + size + " bytes)");
			}
			try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
				byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
				if (bytes.length > maxBytes) {
					throw new BadArticleException(
							"larger than " + maxBytes + " bytes (more than the " + size + " bytes its size said)");
				}
				return bytes;
			}
		}
		catch (NoSuchFileException ex) {
			throw new BadArticleException("deleted before it could be read");
		}
		catch (IOException ex) {
			throw new BadArticleException(Files.isSymbolicLink(file) ? LINK : "cannot be read: " + reasonOf(ex));
		}
	}

	/** The system's reason, without the path, which the skip line names already. */
	private static String reasonOf(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fileSystem) {
			return fileSystem.getReason() != null ? fileSystem.getReason() : ex.getClass().getSimpleName();
		}
		return ex.getMessage();
	}

}
