package org.paintreatment.library.importer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Worker threads for processing article files: one per core, each with a stack of a known size
 * so that a pathologically nested file ends in a {@link StackOverflowError} we can catch, on a
 * thread of its own, instead of hurting the caller.
 */
public final class ImportWorkers implements AutoCloseable {

	/** Generous for real articles; a file needing more is skipped as nested too deeply. */
	public static final long STACK_BYTES = 4L * 1024 * 1024;

	private final ExecutorService executor;

	public ImportWorkers(int threads) {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = task -> {
			Thread thread = new Thread(null, task, "article-import-" + count.incrementAndGet(), STACK_BYTES);
			thread.setDaemon(true);
			return thread;
		};
		this.executor = Executors.newFixedThreadPool(Math.max(1, threads), factory);
	}

	public static ImportWorkers perCore() {
		return new ImportWorkers(Runtime.getRuntime().availableProcessors());
	}

	public <T> Future<T> submit(java.util.concurrent.Callable<T> task) {
		return executor.submit(task);
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

}
