package org.paintreatment.library.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.paintreatment.library.kernel.LibraryChangedEvent;
import org.paintreatment.library.kernel.Sha256;
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
 * The in-memory read model: holds the current {@link LibrarySnapshot}, rebuilt whenever the
 * library changes, after the search index has caught up: the four kinds of term, every article's
 * version and the tag counts (small queries, from indexes), then the articles with their tags,
 * either as the last rebuild stored them ({@link StoredSnapshot}, when nothing has changed since:
 * a restart) or read from the tables (the articles and their mechanism, caveat and condition tags,
 * a scan of every article row) and stored for the next time.
 */
@Component
public class ReadModel {

	private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

	private final ArticleRepository articles;

	private final StoredSnapshot storedSnapshot;

	private final Map<TermKind, TermRepository<?>> termRepositories = new EnumMap<>(TermKind.class);

	private volatile LibrarySnapshot snapshot = LibrarySnapshot.empty();

	ReadModel(ArticleRepository articles, StoredSnapshot storedSnapshot, TreatmentRepository treatments,
			MechanismRepository mechanisms, CaveatRepository caveats, ConditionRepository conditions) {
		this.articles = articles;
		this.storedSnapshot = storedSnapshot;
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
		Map<TermKind, List<TermSummary>> terms = new EnumMap<>(TermKind.class);
		termRepositories.forEach((kind, repository) -> terms.put(kind,
				repository.findAllByOrderByPositionAsc().stream().map(term -> TermSummary.of(kind, term)).toList()));
		List<ArticleVersion> versions = articles.findAllVersions();
		String signature = signatureOf(versions, terms);
		Optional<List<IndexedArticle>> stored = storedSnapshot.read(signature);
		List<IndexedArticle> indexed = stored.orElseGet(this::readArticles);
		if (stored.isEmpty()) {
			storedSnapshot.write(signature, indexed);
		}
		Map<Long, Instant> importedAt = new HashMap<>();
		versions.forEach(version -> importedAt.put(version.id(), version.importedAt()));
		snapshot = new LibrarySnapshot(versionOf(versions), Instant.now(), indexed, terms, importedAt);
		log.info("Read model rebuilt: {} articles in {} ms ({})", indexed.size(), (System.nanoTime() - began) / 1_000_000,
				stored.isPresent() ? "as stored at the last rebuild, unchanged since" : "read from the tables");
	}

	/** Every article's list facts and tags, read from the tables (a scan of every article row). */
	private List<IndexedArticle> readArticles() {
		Map<Long, Set<String>> mechanisms = tagsById(articles.findAllMechanismTags());
		Map<Long, Set<String>> caveats = tagsById(articles.findAllCaveatTags());
		Map<Long, Set<String>> conditions = tagsById(articles.findAllConditionTags());
		return articles.findAllRows()
			.stream()
			.map(row -> new IndexedArticle(row.id(), row.slug(), row.title(), row.summary(), row.treatment(),
					mechanisms.getOrDefault(row.id(), Set.of()), caveats.getOrDefault(row.id(), Set.of()),
					row.readingMinutes(), metOf(row.qualityMet()), conditions.getOrDefault(row.id(), Set.of())))
			.toList();
	}

	/** The same stored articles give the same version, on any instance. */
	private static long versionOf(List<ArticleVersion> versions) {
		long[] parts = versions.stream()
			.mapToLong(version -> 31 * version.id() + version.importedAt().toEpochMilli())
			.sorted()
			.toArray();
		return Arrays.hashCode(parts) & 0xffffffffL | ((long) versions.size() << 32);
	}

	/**
	 * What the read model's articles are read from: every article's version (an article imported
	 * again has a new one, with its tags), the number of tag rows of each kind (a change made
	 * without an import), and the terms.
	 */
	private String signatureOf(List<ArticleVersion> versions, Map<TermKind, List<TermSummary>> terms) {
		StringBuilder text = new StringBuilder(versions.size() * 24);
		versions.stream()
			.sorted(Comparator.comparingLong(ArticleVersion::id))
			.forEach(version -> text.append(version.id()).append(' ').append(version.importedAt().toEpochMilli())
				.append('\n'));
		text.append(articles.countMechanismTags()).append(' ').append(articles.countCaveatTags()).append(' ')
			.append(articles.countConditionTags()).append('\n').append(terms);
		return IndexedArticleLines.FORMAT.replace('\t', ' ') + " " + Sha256.hex(text.toString());
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
