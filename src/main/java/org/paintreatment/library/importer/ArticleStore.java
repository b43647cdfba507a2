package org.paintreatment.library.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleContent;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.article.ImportState;
import org.paintreatment.library.taxonomy.Caveat;
import org.paintreatment.library.taxonomy.Mechanism;
import org.paintreatment.library.taxonomy.TaxonomyStore.TermIds;
import org.paintreatment.library.taxonomy.Treatment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported articles in transactions of their own, so that readers see an article before
 * or after an import, never half: a chunk of articles in one transaction ({@link #saveAll}), or
 * one article ({@link #save}), which the importer falls back to when a chunk fails so that one
 * bad file loses nothing else. (A separate bean: a transactional method called on {@code this}
 * would get no transaction.)
 */
@Service
class ArticleStore {

	enum Outcome {
		NEW, UPDATED
	}

	/** @param clashWith the file of the article that had the wanted slug already, or null */
	record Saved(Outcome outcome, String slug, String clashWith) {
	}

	private final ArticleRepository articles;

	private final EntityManager entityManager;

	private final Clock clock;

	private final ArticleInserter inserter;

	ArticleStore(ArticleRepository articles, EntityManager entityManager, ArticleInserter inserter) {
		this.articles = articles;
		this.entityManager = entityManager;
		this.inserter = inserter;
		this.clock = Clock.systemUTC();
	}

	/** What is stored of each imported file, by file name. */
	@Transactional(readOnly = true)
	public Map<String, ImportState> importStates() {
		return articles.findAllImportStates().stream().collect(Collectors.toMap(ImportState::sourceFile, state -> state));
	}

	/** Stores the draft; an article already imported from the same file keeps its slug. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Saved save(ArticleDraft draft, TermIds terms) {
		Article existing = articles.findBySourceFile(draft.sourceFile()).orElse(null);
		return store(draft, terms, existing, new HashSet<>(articles.findSlugsIn(Set.of(draft.slug()))));
	}

	/**
	 * Stores the drafts, in their order, in one transaction: all of them or, if anything fails,
	 * none. A query for the whole chunk finds the slugs already taken and, unless all the drafts
	 * are new, one more the stored articles; the inserts are batched.
	 *
	 * @param someStored whether any draft's file may have an article already (false: all are new)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Saved> saveAll(List<ArticleDraft> drafts, boolean someStored, TermIds terms) {
		if (!someStored) {
			return insertAll(drafts, terms);
		}
		Map<String, Article> existing = !someStored ? Map.of() : articles
			.findAllBySourceFileIn(drafts.stream().map(ArticleDraft::sourceFile).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Article::getSourceFile, Function.identity()));
		Set<String> taken = new HashSet<>(
				articles.findSlugsIn(drafts.stream().map(ArticleDraft::slug).collect(Collectors.toSet())));
		List<Saved> saved = new ArrayList<>(drafts.size());
		for (ArticleDraft draft : drafts) {
			saved.add(store(draft, terms, existing.get(draft.sourceFile()), taken));
		}
		return saved;
	}

	/** New articles only: inserted in JDBC batches, with no entities ({@link ArticleInserter}). */
	private List<Saved> insertAll(List<ArticleDraft> drafts, TermIds terms) {
		Set<String> taken = new HashSet<>(
				articles.findSlugsIn(drafts.stream().map(ArticleDraft::slug).collect(Collectors.toSet())));
		// The files given a slug in this window; their rows are only inserted at the end.
		Map<String, String> fileBySlug = new HashMap<>();
		List<ArticleInserter.NewArticle> inserts = new ArrayList<>(drafts.size());
		List<Saved> saved = new ArrayList<>(drafts.size());
		for (ArticleDraft draft : drafts) {
			String slug = uniqueSlug(draft.slug(), taken);
			taken.add(slug);
			String clashWith = slug.equals(draft.slug()) ? null : fileBySlug.containsKey(draft.slug())
					? fileBySlug.get(draft.slug()) : articles.findBySlug(draft.slug()).map(Article::getSourceFile).orElse(null);
			fileBySlug.put(slug, draft.sourceFile());
			inserts.add(new ArticleInserter.NewArticle(draft, slug));
			saved.add(new Saved(Outcome.NEW, slug, clashWith));
		}
		inserter.insert(inserts, terms, clock.instant());
		return saved;
	}

	/** @param taken slugs known to be taken, at least those of the stored articles that the draft wants */
	private Saved store(ArticleDraft draft, TermIds terms, Article existing, Set<String> taken) {
		Article article = existing != null ? existing : new Article(uniqueSlug(draft.slug(), taken), draft.sourceFile());
		article.update(contentOf(draft), entityManager.getReference(Treatment.class, terms.treatment(draft.treatment())),
				clock.instant());
		if (existing != null) {
			// The old tags' rows must be deleted before the new ones are inserted (one per term).
			entityManager.flush();
		}
		draft.mechanisms().forEach((slug, evidence) -> article
			.addMechanism(entityManager.getReference(Mechanism.class, terms.mechanism(slug)), evidence));
		draft.caveats().forEach((slug, evidence) -> article
			.addCaveat(entityManager.getReference(Caveat.class, terms.caveat(slug)), evidence));
		articles.save(article);
		taken.add(article.getSlug());
		String clashWith = article.getSlug().equals(draft.slug()) ? null
				: articles.findBySlug(draft.slug()).map(Article::getSourceFile).orElse(null);
		return new Saved(existing != null ? Outcome.UPDATED : Outcome.NEW, article.getSlug(), clashWith);
	}

	/** Removes the articles whose files are gone; answers their file names. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<String> removeAllExcept(Set<String> presentFiles) {
		List<String> gone = articles.findAllSourceFiles().stream().filter(file -> !presentFiles.contains(file)).sorted().toList();
		gone.forEach(file -> articles.findBySourceFile(file).ifPresent(articles::delete));
		return gone;
	}

	private String uniqueSlug(String wanted, Set<String> taken) {
		String slug = wanted;
		for (int number = 2; taken.contains(slug) || !slug.equals(wanted) && articles.existsBySlug(slug); number++) {
			slug = Slugs.withSuffix(wanted, number);
		}
		return slug;
	}

	private static ArticleContent contentOf(ArticleDraft draft) {
		return new ArticleContent(draft.title(), draft.summary(), draft.html(), draft.plainText(), draft.contentHash(),
				draft.rulesFingerprint(), draft.wordCount(), draft.readingMinutes());
	}

}
