package org.paintreatment.library.web.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.kernel.LibraryChangedEvent;
import org.paintreatment.library.kernel.NotFoundException;
import org.paintreatment.library.kernel.Sha256;
import org.paintreatment.library.taxonomy.TreatmentFacts;
import org.paintreatment.library.web.article.ArticlePageRows.RenderedPage;
import org.paintreatment.library.web.article.ArticlePageRows.StoredPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Every article's page, rendered once and stored compressed, so that a reader's request reads
 * one row by slug and renders nothing. After each change of the library (and at start-up), one
 * background thread works out each page's {@link PageKeys key} and renders again only the pages
 * whose key changed: the articles imported again, those whose related articles changed, or all
 * of them when a term's name, a key fact or the templates changed. A page is served only under
 * the key of the library as it is now; until its page is stored again, an article is rendered
 * per request as before, so no reader is shown a stale page.
 */
@Component
public class ArticlePages {

	private static final Logger log = LoggerFactory.getLogger(ArticlePages.class);

	/** Pages stored per transaction. */
	private static final int BATCH = 100;

	/** The copies' file in the index folder. */
	static final String COPIES_FILE = "article-pages.copies";

	private final ReadModel readModel;

	private final ArticlePageRows rows;

	private final ArticlePageRenderer renderer;

	private final TreatmentFacts facts;

	private final String design = designFingerprint();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "article-pages");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	/** {@code library.stored-pages}: false renders every article page per request, as before stored pages. */
	private final boolean enabled;

	private volatile boolean started;

	/** The library as the last pass asked for will see it (at least). */
	private volatile LibrarySnapshot scheduledFor;

	/** The keys of the pages as the library is now; null before the first pass. */
	private volatile PageKeys keys;

	/** The stored pages readers asked for, copied out of the database. */
	private final PageFile copies;

	ArticlePages(ReadModel readModel, ArticlePageRows rows, ArticlePageRenderer renderer, TreatmentFacts facts,
			@Value("${library.stored-pages:true}") boolean enabled, CopyFiles copyFiles) {
		this.enabled = enabled;
		this.copies = copyFiles.open(COPIES_FILE);
		this.readModel = readModel;
		this.rows = rows;
		this.renderer = renderer;
		this.facts = facts;
	}

	/** The stored page of this article, if it is the page of the library as it is now. */
	public Optional<GzipPage> find(String slug) {
		Optional<String> key = currentKey(slug);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		try {
			return copies.read(key.get()).or(() -> stored(slug, key.get())).map(GzipPage::fromBytes);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The key this article's page has in the library as it is now; empty while the keys are those
	 * of an earlier state of the library (the pass for this one has not got its keys yet).
	 */
	Optional<String> currentKey(String slug) {
		PageKeys current = keys;
		LibrarySnapshot snapshot = readModel.current();
		if (current == null || current.snapshot() != snapshot) {
			// the library changed and the pass for it has not got its keys yet (or the read model was
			// rebuilt without the event, which only tests do): the pass is asked for once
			if (started && scheduledFor != snapshot) {
				schedule();
			}
			return Optional.empty();
		}
		return Optional.ofNullable(current.of(slug));
	}

	/** The page stored for this slug under this key, copied for the next reader. */
	private Optional<byte[]> stored(String slug, String key) {
		Optional<byte[]> page = rows.find(slug).filter(row -> row.renderKey().equals(key)).map(StoredPage::page);
		page.ifPresent(bytes -> copies.write(key, bytes));
		return page;
	}

	/** How many stored pages are copied out of the database now (for tests). */
	int copied() {
		return copies.size();
	}

	/** Whether every article's stored page is that of the library as it is now (for tests). */
	boolean isCurrent() {
		PageKeys current = keys;
		return current != null && current.snapshot() == readModel.current() && !queued.get();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		started = enabled;
		if (started) {
			schedule();
		}
	}

	@EventListener(LibraryChangedEvent.class)
	@Order(LibraryChangedEvent.READ_MODEL_SECOND + 1)
	void libraryChanged() {
		if (started) {
			schedule();
		}
	}

	private void schedule() {
		scheduledFor = readModel.current();
		if (queued.compareAndSet(false, true)) {
			worker.execute(() -> {
				queued.set(false);
				try {
					renderChanged();
				}
				catch (RuntimeException ex) {
					if (worker.isShutdown()) {
						// the application is stopping and its database closing under the pass: nothing is lost
						log.debug("Article pages' pass stopped with the application: {}", ex.toString());
					}
					else {
						log.warn("Article pages not stored ({}); articles are rendered per request until the next "
								+ "import", ex.toString());
					}
				}
			});
		}
	}

	/** Renders and stores now the pages whose key changed; returns how many it stored. */
	public synchronized int renderChanged() {
		long began = System.nanoTime();
		LibrarySnapshot snapshot = readModel.current();
		PageKeys current = PageKeys.of(snapshot, snapshot.importedAt(), facts, design);
		keys = current;
		Map<Long, String> stored = rows.keys();
		List<RenderedPage> batch = new ArrayList<>(BATCH);
		int rendered = 0;
		List<IndexedArticle> articles = current.snapshot().articles();
		for (IndexedArticle article : articles) {
			String key = current.of(article.slug());
			if (key == null || key.equals(stored.get(article.id()))) {
				continue;
			}
			renderQuietly(article.slug()).ifPresent(
					page -> batch.add(new RenderedPage(article.id(), article.slug(), key, page.toBytes())));
			if (batch.size() == BATCH) {
				rendered += saveQuietly(batch);
			}
		}
		rendered += saveQuietly(batch);
		log.info("Article pages: {} rendered and stored, {} unchanged, in {} ms", rendered,
				articles.size() - rendered, (System.nanoTime() - began) / 1_000_000);
		return rendered;
	}

	private Optional<GzipPage> renderQuietly(String slug) {
		try {
			return Optional.of(renderer.render(slug));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			if (worker.isShutdown()) {
				throw ex;
			}
			log.warn("The page of /articles/{} was not stored ({}); it is rendered per request", slug, ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * Stores the batch and empties it. Another instance storing the same pages at once is no error,
	 * nor an import removing their articles meanwhile (on PostgreSQL the two can deadlock, and the
	 * batch may be the one aborted): those pages are rendered per request until the pass after that
	 * import, which the import's change starts.
	 */
	private int saveQuietly(List<RenderedPage> batch) {
		int count = batch.size();
		try {
			if (count > 0) {
				rows.save(batch);
			}
			return count;
		}
		catch (DataAccessException ex) {
			log.debug("Article pages not stored (another instance storing them, or an import removing their "
					+ "articles): {}", ex.toString());
			return 0;
		}
		finally {
			batch.clear();
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
		copies.close();
	}

	/** A digest of the templates and static files, which every page is made with. */
	private static String designFingerprint() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			List<Resource> files = new ArrayList<>();
			for (String folder : List.of("templates", "static")) {
				files.addAll(Arrays.asList(resolver.getResources("classpath*:" + folder + "/**/*.*")));
			}
			files.sort(Comparator.comparing(ArticlePages::pathOf));
			List<byte[]> parts = new ArrayList<>();
			for (Resource file : files) {
				parts.add(pathOf(file).getBytes(StandardCharsets.UTF_8));
				try (var in = file.getInputStream()) {
					parts.add(in.readAllBytes());
				}
			}
			return Sha256.hex(parts.toArray(byte[][]::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pathOf(Resource file) {
		try {
			String url = file.getURL().toString();
			int at = Math.max(url.lastIndexOf("/templates/"), url.lastIndexOf("/static/"));
			return at < 0 ? url : url.substring(at);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
