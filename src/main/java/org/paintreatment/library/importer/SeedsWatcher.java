package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code library.watch=true}, re-imports the seeds folder when an article file or the
 * catalog is added, changed or deleted. Changes arriving together (an editor saving, a copy of
 * many files) are gathered into one import once the folder has been quiet for a moment.
 */
@Component
class SeedsWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SeedsWatcher.class);

	static final long QUIET_MILLIS = 300;

	private final LibraryProperties properties;

	private final LibraryImporter importer;

	private volatile WatchService watchService;

	private volatile Thread thread;

	SeedsWatcher(LibraryProperties properties, LibraryImporter importer) {
		this.properties = properties;
		this.importer = importer;
	}

	@Override
	public void start() {
		Path folder = properties.seedsDir();
		if (!properties.watch() || !Files.isDirectory(folder)) {
			return;
		}
		try {
			watchService = FileSystems.getDefault().newWatchService();
			folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
					StandardWatchEventKinds.ENTRY_DELETE);
		}
		catch (IOException ex) {
			log.warn("Cannot watch {} for changes ({}); restart to import new articles", folder, ex.getMessage());
			return;
		}
		thread = new Thread(this::watch, "seeds-watcher");
		thread.setDaemon(true);
		thread.start();
		log.info("Watching {} for added, changed and deleted articles", folder.toAbsolutePath());
	}

	private void watch() {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				if (relevant(watchService.take())) {
					waitUntilQuiet();
					reimport();
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void waitUntilQuiet() throws InterruptedException {
		WatchKey key;
		while ((key = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
			relevant(key);
		}
	}

	private void reimport() {
		try {
			importer.importAll();
		}
		catch (RuntimeException ex) {
			log.error("Re-import after a change in the seeds folder failed; the library keeps what it had", ex);
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
				String fileName = name.getFileName().toString();
				relevant |= ArticleFile.isArticleName(fileName) || fileName.equals(Catalog.FILE_NAME);
			}
		}
		key.reset();
		return relevant;
	}

	@Override
	public void stop() {
		Thread watcher = thread;
		if (watcher != null) {
			watcher.interrupt();
		}
		try {
			if (watchService != null) {
				watchService.close();
			}
		}
		catch (IOException ex) {
			log.debug("Closing the watch service failed", ex);
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

}
