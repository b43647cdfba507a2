package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seeds watcher's thread: watches the folder at the path, and the folder put there each time
 * it is replaced, imports it after each change, and polls it where the file system cannot watch
 * it. Any failure is logged and the loop carries on; only {@link #stop} ends it, or an interrupt
 * from elsewhere, which health then reports as a dead watcher.
 */
final class WatchLoop implements Runnable {

	/** Logged as the watcher, the name operators know it by. */
	private static final Logger log = LoggerFactory.getLogger(SeedsWatcher.class);

	static final long QUIET_MILLIS = 300;

	/** How often the folder's identity is checked while watching it. */
	static final long CHECK_MILLIS = 1000;

	/** The longest wait between looks for a missing folder, or after a failure. */
	static final long MAX_BACK_OFF_MILLIS = 5000;

	private final Path folder;

	private final Runnable importAll;

	private final Registrar registrar;

	private final WatcherFailures failures = new WatcherFailures(log);

	private volatile boolean stopped;

	private volatile boolean polling;

	/** The folder is watched or polled: a change from now on is seen. */
	private volatile boolean ready;

	/** Guarded by this: an import is running, which an interrupt must not break. */
	private boolean importing;

	/** How the folder is registered for watching: {@link FolderWatch#register}, but for tests. */
	@FunctionalInterface
	interface Registrar {

		FolderChanges register(Path folder) throws IOException;

	}

	WatchLoop(Path folder, Runnable importAll) {
		this(folder, importAll, FolderWatch::register);
	}

	WatchLoop(Path folder, Runnable importAll, Registrar registrar) {
		this.folder = folder;
		this.importAll = importAll;
		this.registrar = registrar;
	}

	/**
	 * Stops the loop running on {@code runner}: at once when it waits, after the import when it
	 * is importing. An interrupt in the middle of an import would close the files the search
	 * index is writing (Lucene closes its writer on an interrupted channel).
	 */
	synchronized void stop(Thread runner) {
		stopped = true;
		if (!importing) {
			runner.interrupt();
		}
	}

	boolean isPolling() {
		return polling;
	}

	boolean isReady() {
		return ready;
	}

	@Override
	public void run() {
		boolean again = false;
		while (!stopped) {
			try {
				watchFolder(again);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (Throwable ex) {
				failures.report("Watching the seeds folder failed", ex);
				if (!pause(MAX_BACK_OFF_MILLIS)) {
					return;
				}
			}
			again = true;
		}
	}

	/**
	 * Watches the folder at the path until it is replaced or removed. The folder is imported once
	 * the watch is in place when it is watched {@code again} or had to be waited for, so that
	 * nothing put there before the watch is missed.
	 */
	private void watchFolder(boolean again) throws InterruptedException {
		boolean waited = awaitFolder();
		try (FolderChanges changes = watchOrPoll()) {
			ready = true;
			if (again || waited) {
				importFolder();
			}
			while (!stopped && changes.isCurrent()) {
				if (changes.awaitChange(CHECK_MILLIS)) {
					changes.awaitQuiet(QUIET_MILLIS);
					importFolder();
				}
			}
		}
		if (!stopped) {
			log.warn("The seeds folder {} was replaced or removed; watching the folder now at that path",
					folder.toAbsolutePath());
		}
	}

	/** The file system's events for the folder, or where it refuses them, a poll of the folder. */
	private FolderChanges watchOrPoll() {
		try {
			FolderChanges watch = registrar.register(folder);
			polling = false;
			log.info("Watching {} for added, changed and deleted articles", folder.toAbsolutePath());
			return watch;
		}
		catch (IOException ex) {
			log.warn("Cannot watch {} for changes ({}); polling it every {} ms instead", folder.toAbsolutePath(),
					ex.getMessage(), FolderPoll.POLL_MILLIS);
			polling = true;
			return new FolderPoll(folder);
		}
	}

	/** Returns once the folder exists, looking with a growing pause while it is missing; true if it was. */
	private boolean awaitFolder() throws InterruptedException {
		long pause = 250;
		boolean waited = false;
		while (!Files.isDirectory(folder)) {
			if (!waited) {
				log.warn("The seeds folder {} does not exist; looking for it again until it does",
						folder.toAbsolutePath());
				waited = true;
			}
			Thread.sleep(pause);
			pause = Math.min(2 * pause, MAX_BACK_OFF_MILLIS);
		}
		return waited;
	}

	/** Imports the folder unless stopped; a failure of any kind is logged and the loop carries on. */
	private void importFolder() {
		synchronized (this) {
			if (stopped) {
				return;
			}
			importing = true;
		}
		try {
			importAll.run();
			failures.clear();
		}
		catch (Throwable ex) {
			failures.report("Re-import after a change in the seeds folder failed", ex);
		}
		finally {
			synchronized (this) {
				importing = false;
			}
		}
	}

	/** Sleeps; false when interrupted. */
	private static boolean pause(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

}
