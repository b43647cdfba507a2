package org.paintreatment.library.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to the seeds folder found by listing it every {@link #POLL_MILLIS}, for a folder the
 * file system cannot watch (no inotify instances left, some network file systems): a change is a
 * different {@link FolderSignature}. The pause between listings gathers changes arriving together.
 */
final class FolderPoll implements FolderChanges {

	static final long POLL_MILLIS = 2000;

	private final Path folder;

	private final Optional<Object> identity;

	private Optional<FolderSignature> last;

	FolderPoll(Path folder) {
		this.folder = folder;
		this.identity = FolderWatch.identity(folder);
		this.last = FolderSignature.of(folder);
	}

	@Override
	public boolean isCurrent() {
		return Files.isDirectory(folder) && identity.equals(FolderWatch.identity(folder));
	}

	/** Lists the folder after {@link #POLL_MILLIS}, whatever {@code millis} asks. */
	@Override
	public boolean awaitChange(long millis) throws InterruptedException {
		Thread.sleep(POLL_MILLIS);
		Optional<FolderSignature> now = FolderSignature.of(folder);
		boolean changed = !Objects.equals(now, last);
		last = now;
		return changed;
	}

	@Override
	public void awaitQuiet(long millis) {
		// The pause before each listing already gathers changes.
	}

	@Override
	public void close() {
	}

}
