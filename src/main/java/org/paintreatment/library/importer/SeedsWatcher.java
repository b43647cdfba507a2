package org.paintreatment.library.importer;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code library.watch=true}, re-imports the seeds folder when an article file or the
 * catalog is added, changed or deleted. Changes arriving together (an editor saving, a copy of
 * many files) are gathered into one import once the folder has been quiet for a moment. When the
 * folder is replaced (renamed away and another put in its place) or goes away and comes back, the
 * folder now at the path is watched and imported; where the file system cannot watch a folder,
 * it is polled ({@link WatchLoop}). A failure of any kind is logged and watching carries on; the
 * watcher's state is in health ({@link SeedsWatcherHealthIndicator}).
 */
@Component
class SeedsWatcher implements SmartLifecycle {

	static final String THREAD_NAME = "seeds-watcher";

	/** What the watcher is doing, for health. */
	enum State {

		/** {@code library.watch=false}. */
		OFF,
		/** Not started yet, or stopped with the application. */
		STOPPED,
		/** Its thread runs, but the folder is not watched yet (missing, or being registered). */
		STARTING,
		WATCHING,
		/** The file system refused to watch the folder: it is listed every few seconds instead. */
		POLLING,
		/** Its thread ended without being stopped: changes are no longer imported. */
		DEAD

	}

	private final LibraryProperties properties;

	private final LibraryImporter importer;

	private volatile WatchLoop loop;

	private volatile Thread thread;

	SeedsWatcher(LibraryProperties properties, LibraryImporter importer) {
		this.properties = properties;
		this.importer = importer;
	}

	@Override
	public synchronized void start() {
		if (!properties.watch() || thread != null) {
			return;
		}
		WatchLoop watching = new WatchLoop(properties.seedsDir(), importer::importAll);
		Thread watcher = new Thread(watching, THREAD_NAME);
		watcher.setDaemon(true);
		watcher.start();
		// Published once alive, so that health never takes a thread not yet started for a dead one.
		loop = watching;
		thread = watcher;
	}

	@Override
	public synchronized void stop() {
		if (thread != null) {
			loop.stop(thread);
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	/** The watcher's thread; null when watching is off or stopped. */
	Thread thread() {
		return thread;
	}

	State state() {
		Thread watcher = thread;
		if (!properties.watch()) {
			return State.OFF;
		}
		if (watcher == null) {
			return State.STOPPED;
		}
		if (!watcher.isAlive()) {
			return State.DEAD;
		}
		if (!loop.isReady()) {
			return State.STARTING;
		}
		return loop.isPolling() ? State.POLLING : State.WATCHING;
	}

}
