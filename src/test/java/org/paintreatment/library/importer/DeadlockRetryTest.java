package org.paintreatment.library.importer;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlockRetryTest {

	final AtomicInteger tries = new AtomicInteger();

	@Test
	void aTransactionThatLostADeadlockRunsAgain() {
		String result = DeadlockRetry.run(() -> {
			if (tries.incrementAndGet() == 1) {
				throw new CannotAcquireLockException("ERROR: deadlock detected");
			}
			return "removed";
		});

		assertThat(result).isEqualTo("removed");
		assertThat(tries).hasValue(2);
	}

	@Test
	void anyOtherFailureIsNotRetried() {
		assertThatThrownBy(() -> DeadlockRetry.run(() -> {
			tries.incrementAndGet();
			throw new DataIntegrityViolationException("duplicate key");
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(tries).hasValue(1);
	}

	@Test
	void aTransactionThatKeepsLosingFailsWithItsOwnError() {
		assertThatThrownBy(() -> DeadlockRetry.run(() -> {
			tries.incrementAndGet();
			throw new CannotAcquireLockException("ERROR: deadlock detected");
		})).isInstanceOf(CannotAcquireLockException.class).hasMessageContaining("deadlock");
		assertThat(tries).hasValue(1 + (int) DeadlockRetry.RETRIES);
	}

}
