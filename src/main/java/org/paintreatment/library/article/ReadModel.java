package org.paintreatment.library.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paintreatment.library.kernel.LibraryChangedEvent;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.store.CaveatRepository;
import org.paintreatment.library.taxonomy.store.ConditionRepository;
import org.paintreatment.library.taxonomy.store.MechanismRepository;
import org.paintreatment.library.taxonomy.store.TermRepository;
import org.paintreatment.library.taxonomy.store.TreatmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-memory read model: holds the current {@link LibrarySnapshot}, rebuilt with eight queries
 * (the articles, their mechanism, caveat and condition tags, and each of the four kinds of term)
 * whenever the library changes, after the search index has caught up.
 */
@Component
public class ReadModel {

	private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

	private final ArticleRepository articles;

	private final Map<TermKind, TermRepository<?>> termRepositories = new EnumMap<>(TermKind.class);

	private volatile LibrarySnapshot snapshot = LibrarySnapshot.empty();

	ReadModel(ArticleRepository articles, TreatmentRepository treatments, MechanismRepository mechanisms,
			CaveatRepository caveats, ConditionRepository conditions) {
		this.articles = articles;
		termRepositories.put(TermKind.TREATMENT, treatments);
		termRepositories.put(TermKind.MECHANISM, mechanisms);
		termRepositories.put(TermKind.CAVEAT, caveats);
		termRepositories.put(TermKind.CONDITION, conditions);
	}

	public LibrarySnapshot current() {
		return snapshot;
	}

	@EventListener(LibraryChangedEvent.class)
	@Order(LibraryChangedEvent.READ_MODEL_SECOND)
	@Transactional(readOnly = true)
	public void rebuild() {
		long began = System.nanoTime();
		Map<Long, Set<String>> mechanisms = tagsById(articles.findAllMechanismTags());
		Map<Long, Set<String>> caveats = tagsById(articles.findAllCaveatTags());
		Map<Long, Set<String>> conditions = tagsById(articles.findAllConditionTags());
		List<ArticleRow> rows = articles.findAllRows();
		List<IndexedArticle> indexed = rows.stream()
			.map(row -> new IndexedArticle(row.id(), row.slug(), row.title(), row.summary(), row.treatment(),
					mechanisms.getOrDefault(row.id(), Set.of()), caveats.getOrDefault(row.id(), Set.of()),
					row.readingMinutes(), metOf(row.qualityMet()), conditions.getOrDefault(row.id(), Set.of())))
			.toList();
		Map<TermKind, List<TermSummary>> terms = new EnumMap<>(TermKind.class);
		termRepositories.forEach((kind, repository) -> terms.put(kind,
				repository.findAllByOrderByPositionAsc().stream().map(term -> TermSummary.of(kind, term)).toList()));
		snapshot = new LibrarySnapshot(versionOf(rows), Instant.now(), indexed, terms);
		log.info("Read model rebuilt: {} articles in {} ms", indexed.size(), (System.nanoTime() - began) / 1_000_000);
	}

	/** The same stored articles give the same version, on any instance. */
	private static long versionOf(List<ArticleRow> rows) {
		long[] parts = rows.stream().mapToLong(row -> 31 * row.id() + row.importedAt().toEpochMilli()).sorted().toArray();
		return Arrays.hashCode(parts) & 0xffffffffL | ((long) rows.size() << 32);
	}

	private static Set<String> metOf(String ids) {
		return ids == null || ids.isBlank() ? Set.of() : Set.of(ids.strip().split(" +"));
	}

	private static Map<Long, Set<String>> tagsById(List<TagRow> tags) {
		Map<Long, Set<String>> byId = new HashMap<>();
		tags.forEach(tag -> byId.computeIfAbsent(tag.articleId(), id -> new HashSet<>()).add(tag.slug()));
		return byId;
	}

}
