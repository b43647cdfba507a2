package org.paintreatment.library.importer;

/**
 * How the watcher learns of changes to the seeds folder: from the file system's events
 * ({@link FolderWatch}) or, where it cannot watch the folder, by listing it now and then
 * ({@link FolderPoll}). Either follows one folder, the one at the path when it began.
 */
interface FolderChanges extends AutoCloseable {

	/** Whether the folder at the path is still the one followed (not replaced, not removed). */
	boolean isCurrent();

	/** Waits a while for a change; true if one concerns an article file or the catalog. */
	boolean awaitChange(long millis) throws InterruptedException;

	/** Waits until no change has come for {@code millis}: changes arriving together make one import. */
	void awaitQuiet(long millis) throws InterruptedException;

	@Override
	void close();

}
