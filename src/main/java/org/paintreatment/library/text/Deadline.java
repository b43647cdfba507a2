package org.paintreatment.library.text;

import java.time.Duration;

/**
 * A point in time after which work on one article gives up. Text handed to a parser through
 * {@link #guard(CharSequence)} checks the clock as it is read, so even a library that never looks
 * at interrupts (flexmark, java.util.regex) stops when the time is up.
 */
public final class Deadline {

	private static final int CHECK_EVERY = 0x3FF;

	private final long deadlineNanos;

	private final long millis;

	private Deadline(long millis) {
		this.millis = millis;
		this.deadlineNanos = System.nanoTime() + Duration.ofMillis(millis).toNanos();
	}

	public static Deadline inMillis(long millis) {
		return new Deadline(millis);
	}

	public static Deadline none() {
		return new Deadline(Duration.ofDays(365).toMillis());
	}

	public void check() {
		if (System.nanoTime() > deadlineNanos) {
			throw new Exceeded(millis);
		}
	}

	public CharSequence guard(CharSequence text) {
		return new Guarded(text, this);
	}

	/** The time given ran out. */
	public static final class Exceeded extends RuntimeException {

		Exceeded(long millis) {
			super("took longer than " + millis + " ms", null, false, false);
		}

	}

	private static final class Guarded implements CharSequence {

		private final CharSequence text;

		private final Deadline deadline;

		private int reads;

		Guarded(CharSequence text, Deadline deadline) {
			this.text = text;
			this.deadline = deadline;
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public char charAt(int index) {
			if ((++reads & CHECK_EVERY) == 0) {
				deadline.check();
			}
			return text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new Guarded(text.subSequence(start, end), deadline);
		}

		@Override
		public String toString() {
			deadline.check();
			return text.toString();
		}

	}

}
