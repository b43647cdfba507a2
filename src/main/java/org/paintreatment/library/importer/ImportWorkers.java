package org.paintreatment.library.importer;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Worker threads for processing article files: one per core, each with a stack of a known size
 * so that a pathologically nested file ends in a {@link StackOverflowError} we can catch, on a
 * thread of its own, instead of hurting the caller.
 */
public final class ImportWorkers implements AutoCloseable {

	/** Generous for real articles; a file needing more is skipped as nested too deeply. */
	public static final long STACK_BYTES = 4L * 1024 * 1024;

	private final ExecutorService executor;

	/** One per core: held by a worker processing a file, or by the importer storing articles. */
	private final Semaphore cores;

	public ImportWorkers(int threads) {
		this.cores = new Semaphore(Math.max(1, threads));
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

	public <T> Future<T> submit(Callable<T> task) {
		return executor.submit(() -> {
			cores.acquire();
			try {
				return task.call();
			}
			finally {
				cores.release();
			}
		});
	}

	/**
	 * Runs the work on the calling thread with a core of its own: a worker waits for it rather
	 * than share the core. The importer stores articles this way, because storing is the one step
	 * done in order, one window after another, so a slower store is a slower import.
	 */
	public <T> T onACore(Supplier<T> work) {
		cores.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			cores.release();
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

}
