package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One registration of the seeds folder with the operating system's file watching, and the
 * folder's identity (its inode) when it was made. The registration follows the folder it was
 * made on: when the folder is renamed away and another put in its place (a deployment by
 * {@code mv}, a fresh clone renamed into place, a symbolic link switched to a new release), no
 * event ever comes for the new one. {@link #isCurrent} tells, by the folder's identity and the
 * key's validity, whether this registration still watches what the path names.
 */
final class FolderWatch implements FolderChanges {

	private final Path folder;

	private final WatchService service;

	private final WatchKey key;

	private final Optional<Object> identity;

	private FolderWatch(Path folder, WatchService service, WatchKey key, Optional<Object> identity) {
		this.folder = folder;
		this.service = service;
		this.key = key;
		this.identity = identity;
	}

	/** Registers the folder; fails when the folder is missing or the system refuses a watch. */
	static FolderWatch register(Path folder) throws IOException {
		Optional<Object> identity = identity(folder);
		WatchService service = FileSystems.getDefault().newWatchService();
		try {
			WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
					StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
			return new FolderWatch(folder, service, key, identity);
		}
		catch (IOException | RuntimeException ex) {
			service.close();
			throw ex;
		}
	}

	/**
	 * The folder's identity as the file system gives it (device and inode on Linux), following a
	 * link; empty when the folder is missing or the file system gives none.
	 */
	static Optional<Object> identity(Path folder) {
		try {
			return Optional.ofNullable(Files.readAttributes(folder, BasicFileAttributes.class).fileKey());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether this registration still watches the folder at the path: the key is valid (the
	 * folder it watches was not deleted) and the path names that same folder.
	 */
	@Override
	public boolean isCurrent() {
		return key.isValid() && Files.isDirectory(folder) && Objects.equals(identity, identity(folder));
	}

	/**
	 * Waits up to {@code millis} for an event; true if one concerns an article file or the
	 * catalog.
	 */
	@Override
	public boolean awaitChange(long millis) throws InterruptedException {
		WatchKey signalled = service.poll(millis, TimeUnit.MILLISECONDS);
		return signalled != null && relevant(signalled);
	}

	@Override
	public void awaitQuiet(long millis) throws InterruptedException {
		WatchKey signalled;
		while ((signalled = service.poll(millis, TimeUnit.MILLISECONDS)) != null) {
			relevant(signalled);
		}
	}

	/** Drains the key's events; true if any concerns an article file or the catalog. */
	private static boolean relevant(WatchKey key) {
		boolean relevant = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
				relevant = true;
			}
			else if (event.context() instanceof Path name) {
				relevant |= FolderSignature.isWatched(name.getFileName().toString());
			}
		}
		key.reset();
		return relevant;
	}

	@Override
	public void close() {
		try {
			service.close();
		}
		catch (IOException ex) {
			// Nothing is left to do with a watch service that would not close.
		}
	}

}
