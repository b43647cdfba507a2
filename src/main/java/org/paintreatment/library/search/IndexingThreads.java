package org.paintreatment.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;

/**
 * Hands batches of documents to one thread per core, which analyse and add them while the caller
 * reads the next batch from the database. Analysis is nearly all of indexing's work, and Lucene's
 * writer takes documents from several threads at once. Two batches per thread at most wait, so
 * that memory stays bounded however large the library.
 */
final class IndexingThreads implements AutoCloseable {

	private final SearchIndex index;

	private final ExecutorService executor;

	private final Semaphore waiting;

	private final List<Future<?>> batches = new ArrayList<>();

	IndexingThreads(SearchIndex index, int threads) {
		this.index = index;
		this.waiting = new Semaphore(2 * threads);
		AtomicInteger count = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "search-index-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	static IndexingThreads perCore(SearchIndex index) {
		return new IndexingThreads(index, Math.max(1, Runtime.getRuntime().availableProcessors()));
	}

	/** Queues a batch; waits while the threads are busy with earlier ones. */
	void put(Map<Long, Document> documents) {
		waiting.acquireUninterruptibly();
		batches.add(executor.submit(() -> {
			try {
				index.put(documents);
				return null;
			}
			finally {
				waiting.release();
			}
		}));
	}

	/** Waits until every batch is added; throws the first failure. */
	void finish() {
		try {
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while indexing", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw new UncheckedIOException("cannot write the search index in " + index.folder(), io);
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("indexing failed", ex.getCause());
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

}
