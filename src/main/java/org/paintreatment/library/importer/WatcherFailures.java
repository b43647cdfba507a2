package org.paintreatment.library.importer;

import java.util.Arrays;
import java.util.Objects;

import org.paintreatment.library.kernel.Printable;
import org.slf4j.Logger;

/**
 * The watcher's log of what went wrong: a failure is logged once at ERROR, on one line naming
 * where it was thrown, and the same failure again only at DEBUG, so that a failure repeating
 * every few seconds (the database gone, a folder that cannot be read) or a stack overflow's
 * thousand frames do not flood the log. The whole stack trace is at DEBUG.
 */
final class WatcherFailures {

	private final Logger log;

	private String last;

	WatcherFailures(Logger log) {
		this.log = log;
	}

	synchronized void report(String what, Throwable failure) {
		String description = Printable.of(describe(failure));
		if (description.equals(last)) {
			log.debug("{} again ({})", what, description, failure);
			return;
		}
		last = description;
		log.error("{} ({}); the library keeps what it had and the watcher carries on", what, description);
		log.debug("{}", what, failure);
	}

	/** After a success: the next failure is news again. */
	synchronized void clear() {
		last = null;
	}

	/** The failure's type and message, and where it was thrown. */
	static String describe(Throwable failure) {
		String where = Arrays.stream(failure.getStackTrace())
			.findFirst()
			.map(frame -> " at " + frame)
			.orElse("");
		return failure.getClass().getName() + ": " + Objects.toString(failure.getMessage(), "no message") + where;
	}

}
