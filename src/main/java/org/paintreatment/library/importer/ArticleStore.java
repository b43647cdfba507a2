package org.paintreatment.library.importer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleContent;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.taxonomy.Caveat;
import org.paintreatment.library.taxonomy.Mechanism;
import org.paintreatment.library.taxonomy.TaxonomyStore.TermIds;
import org.paintreatment.library.taxonomy.Treatment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported articles, each in a transaction of its own, so that readers see an article
 * before or after an import, never half, and one failure loses nothing else. (A separate bean:
 * a transactional method called on {@code this} would get no transaction.)
 */
@Service
class ArticleStore {

	enum Outcome {
		NEW, UPDATED
	}

	record Saved(Outcome outcome, String slug) {
	}

	private final ArticleRepository articles;

	private final EntityManager entityManager;

	private final Clock clock;

	ArticleStore(ArticleRepository articles, EntityManager entityManager) {
		this.articles = articles;
		this.entityManager = entityManager;
		this.clock = Clock.systemUTC();
	}

	@Transactional(readOnly = true)
	public boolean isUpToDate(String sourceFile, String contentHash, String rulesFingerprint) {
		return articles.findBySourceFile(sourceFile)
			.map(article -> article.isUpToDate(contentHash, rulesFingerprint))
			.orElse(false);
	}

	/** The files that have an article. */
	@Transactional(readOnly = true)
	public java.util.Set<String> storedFiles() {
		return java.util.Set.copyOf(articles.findAllSourceFiles());
	}

	/** Stores the draft; an article already imported from the same file keeps its slug. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Saved save(ArticleDraft draft, TermIds terms) {
		Optional<Article> existing = articles.findBySourceFile(draft.sourceFile());
		Article article = existing.orElseGet(() -> new Article(uniqueSlug(draft.slug()), draft.sourceFile()));
		article.update(contentOf(draft), reference(Treatment.class, terms.treatments(), draft.treatment()),
				clock.instant());
		entityManager.flush();
		draft.mechanisms().forEach((slug, evidence) -> article
			.addMechanism(reference(Mechanism.class, terms.mechanisms(), slug), evidence));
		draft.caveats().forEach((slug, evidence) -> article
			.addCaveat(reference(Caveat.class, terms.caveats(), slug), evidence));
		articles.save(article);
		return new Saved(existing.isPresent() ? Outcome.UPDATED : Outcome.NEW, article.getSlug());
	}

	/** Removes the articles whose files are gone; answers their file names. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<String> removeAllExcept(java.util.Set<String> presentFiles) {
		List<String> gone = articles.findAllSourceFiles().stream().filter(file -> !presentFiles.contains(file)).sorted().toList();
		gone.forEach(file -> articles.findBySourceFile(file).ifPresent(articles::delete));
		return gone;
	}

	private String uniqueSlug(String wanted) {
		String slug = wanted;
		for (int number = 2; articles.existsBySlug(slug); number++) {
			slug = Slugs.withSuffix(wanted, number);
		}
		return slug;
	}

	private <T> T reference(Class<T> type, Map<String, Long> ids, String slug) {
		Long id = ids.get(slug);
		if (id == null) {
			throw new IllegalStateException("the taxonomy has no " + type.getSimpleName().toLowerCase() + " '" + slug + "'");
		}
		return entityManager.getReference(type, id);
	}

	private static ArticleContent contentOf(ArticleDraft draft) {
		return new ArticleContent(draft.title(), draft.summary(), draft.html(), draft.plainText(), draft.contentHash(),
				draft.rulesFingerprint(), draft.wordCount(), draft.readingMinutes());
	}

}
