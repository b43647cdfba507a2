package org.paintreatment.library.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.kernel.LibraryChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search index equal to the database. After every import (at start-up, too) it compares
 * each article's import time in the database with the one in the index: new and changed articles
 * are (re)indexed, removed ones deleted, the rest left alone. A missing or outdated index is thus
 * rebuilt without a manual step, and an up-to-date one costs one query.
 */
@Component
public class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	static final int BATCH = 250;

	private final SearchSourceRepository sources;

	private final ArticleRepository articles;

	private final SearchIndex index;

	SearchIndexer(SearchSourceRepository sources, ArticleRepository articles, SearchIndex index) {
		this.articles = articles;
		this.sources = sources;
		this.index = index;
	}

	/** What a run did. */
	public record Outcome(int indexed, int removed, int unchanged, long millis) {
	}

	/**
	 * Runs before the in-memory snapshot is rebuilt from the same import, so that once pages carry
	 * the new library version (their ETag), the index already matches it.
	 */
	@EventListener(LibraryChangedEvent.class)
	@Order(LibraryChangedEvent.SEARCH_INDEX_FIRST)
	@Transactional(readOnly = true)
	public Outcome synchronise() {
		return run(false);
	}

	/** Throws the index away and indexes every article again. */
	@Transactional(readOnly = true)
	public Outcome rebuild() {
		return run(true);
	}

	private synchronized Outcome run(boolean fromScratch) {
		long started = System.nanoTime();
		Map<Long, Long> stored = new LinkedHashMap<>();
		articles.findAllVersions().forEach(version -> stored.put(version.id(), version.importedAt().toEpochMilli()));
		Map<Long, Long> indexed = fromScratch ? Map.of() : index.stamps();
		List<Long> stale = stored.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().equals(indexed.get(entry.getKey())))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		Set<Long> gone = new HashSet<>(indexed.keySet());
		gone.removeAll(stored.keySet());
		if (stale.isEmpty() && gone.isEmpty() && !fromScratch) {
			log.info("Search index in {} is up to date ({} articles)", index.folder(), stored.size());
			return new Outcome(0, 0, stored.size(), millisSince(started));
		}
		if (fromScratch || !gone.isEmpty()) {
			index.write(Map.of(), gone, fromScratch);
		}
		try (IndexingThreads threads = IndexingThreads.perCore(index)) {
			for (int from = 0; from < stale.size(); from += BATCH) {
				threads.put(documents(stale.subList(from, Math.min(from + BATCH, stale.size()))));
			}
			threads.finish();
		}
		index.commit();
		Outcome outcome = new Outcome(stale.size(), gone.size(), stored.size() - stale.size(), millisSince(started));
		log.info("Search index in {}: {} article(s) indexed, {} removed, {} unchanged in {} ms", index.folder(),
				outcome.indexed(), outcome.removed(), outcome.unchanged(), outcome.millis());
		return outcome;
	}

	private Map<Long, Document> documents(List<Long> ids) {
		Map<Long, Document> documents = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return documents;
		}
		Map<Long, List<TagName>> mechanisms = byArticle(sources.findMechanisms(ids));
		Map<Long, List<TagName>> caveats = byArticle(sources.findCaveats(ids));
		Map<Long, List<TagName>> conditions = byArticle(sources.findConditions(ids));
		for (ArticleSource article : sources.findSources(ids)) {
			documents.put(article.id(), ArticleDocument.of(article, mechanisms.getOrDefault(article.id(), List.of()),
					caveats.getOrDefault(article.id(), List.of()), conditions.getOrDefault(article.id(), List.of())));
		}
		return documents;
	}

	private static Map<Long, List<TagName>> byArticle(List<TagName> tags) {
		return tags.stream().collect(Collectors.groupingBy(TagName::articleId, Collectors.toCollection(ArrayList::new)));
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
