package org.paintreatment.library.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DeadlineTest {

	private static CharSequence guardedAfterTheDeadline(String text) throws InterruptedException {
		Deadline deadline = Deadline.inMillis(0);
		Thread.sleep(2);
		return deadline.guard(text);
	}

	@Test
	void readingGuardedTextAfterTheDeadlineStopsAtThe1024thCharacter() throws Exception {
		CharSequence text = guardedAfterTheDeadline("x".repeat(3000));
		for (int index = 0; index < 1023; index++) {
			text.charAt(index);
		}

		assertThatExceptionOfType(Deadline.Exceeded.class).isThrownBy(() -> text.charAt(1023))
			.withMessage("took longer than 0 ms");
	}

	@Test
	void aPieceOfGuardedTextIsGuardedToo() throws Exception {
		CharSequence piece = guardedAfterTheDeadline("Some text.").subSequence(0, 4);

		assertThatExceptionOfType(Deadline.Exceeded.class).isThrownBy(piece::toString);
	}

	@Test
	void noDeadlineNeverStopsAndGuardedTextReadsAsTheText() {
		Deadline none = Deadline.none();

		assertThatNoException().isThrownBy(none::check);
		assertThat(none.guard("Some text.").toString()).isEqualTo("Some text.");
	}

}
