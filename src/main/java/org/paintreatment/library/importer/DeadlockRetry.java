package org.paintreatment.library.importer;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs one of the import's transactions again when the database chose it as a deadlock's victim.
 * On PostgreSQL, removing articles can deadlock with the stored pages' pass, which writes the pages
 * of the same articles at the same time: the pass deletes a page row and then checks its article
 * (the insert's foreign key), the import deletes the article and then its page row (the cascade).
 * Either side may be chosen; the pass drops its batch and renders it again at its next run, and the
 * import, once the pass's transaction has ended, tries again. Any other failure is not retried.
 */
final class DeadlockRetry {

	static final long RETRIES = 3;

	private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

	private static final RetryTemplate RETRY = new RetryTemplate(RetryPolicy.builder()
		.includes(PessimisticLockingFailureException.class)
		.maxRetries(RETRIES)
		.delay(Duration.ofMillis(100))
		.build());

	static {
		RETRY.setRetryListener(new RetryListener() {

			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
				log.info("An import transaction lost a deadlock with another writer; trying it again ({})",
						state.getLastException().getClass().getSimpleName());
			}

		});
	}

	private DeadlockRetry() {
	}

	/** The transaction's result, after at most {@link #RETRIES} more tries when it lost a deadlock. */
	static <T> T run(Supplier<T> transaction) {
		return RETRY.invoke(transaction);
	}

}
