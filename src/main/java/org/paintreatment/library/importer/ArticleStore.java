package org.paintreatment.library.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.article.ImportState;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.taxonomy.store.TaxonomyStore.TermIds;
import org.paintreatment.library.text.ArticleDraft;
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

	private final Clock clock;

	private final ArticleRows rows;

	private final FileStampRows stamps;

	ArticleStore(ArticleRepository articles, ArticleRows rows, FileStampRows stamps) {
		this.articles = articles;
		this.rows = rows;
		this.stamps = stamps;
		this.clock = Clock.systemUTC();
	}

	/** What is stored of each imported file, by file name. */
	@Transactional(readOnly = true)
	public Map<String, ImportState> importStates() {
		return articles.findAllImportStates().stream().collect(Collectors.toMap(ImportState::sourceFile, state -> state));
	}

	/** The stamps of the files whose stamp vouches for their stored article, by file name. */
	@Transactional(readOnly = true)
	public Map<String, FileStamp> fileStamps() {
		return stamps.all();
	}

	/**
	 * Stores the stamps of files just read, once their articles are stored: a stamp never vouches
	 * for bytes that are not stored yet.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void stamp(Map<String, FileStamp> read) {
		stamps.write(read);
	}

	/** Stores the draft; an article already imported from the same file keeps its slug. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Saved save(ArticleDraft draft, TermIds terms) {
		return write(List.of(draft), true, terms).get(0);
	}

	/**
	 * Stores the drafts, in their order, in one transaction: all of them or, if anything fails,
	 * none. New articles get their wanted slug or, when it is taken, one made unique; an article
	 * already imported from the same file is updated and keeps its slug. A query for the whole
	 * chunk finds the slugs already taken and, unless all the drafts are new, one more the stored
	 * articles; the writes are batched ({@link ArticleRows}).
	 *
	 * @param someStored whether any draft's file may have an article already (false: all are new)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Saved> saveAll(List<ArticleDraft> drafts, boolean someStored, TermIds terms) {
		return write(drafts, someStored, terms);
	}

	private List<Saved> write(List<ArticleDraft> drafts, boolean someStored, TermIds terms) {
		Map<String, ArticleRows.StoredArticle> stored = someStored
				? rows.storedFor(drafts.stream().map(ArticleDraft::sourceFile).collect(Collectors.toSet())) : Map.of();
		Set<String> taken = new HashSet<>(
				articles.findSlugsIn(drafts.stream().map(ArticleDraft::slug).collect(Collectors.toSet())));
		// The files given a slug in this window; their rows are only written at the end.
		Map<String, String> fileBySlug = new HashMap<>();
		List<ArticleRows.NewArticle> created = new ArrayList<>();
		List<ArticleRows.ChangedArticle> changed = new ArrayList<>();
		List<Saved> saved = new ArrayList<>(drafts.size());
		for (ArticleDraft draft : drafts) {
			ArticleRows.StoredArticle existing = stored.get(draft.sourceFile());
			String slug = existing != null ? existing.slug() : uniqueSlug(draft.slug(), taken);
			taken.add(slug);
			String clashWith = slug.equals(draft.slug()) ? null : fileBySlug.containsKey(draft.slug())
					? fileBySlug.get(draft.slug()) : articles.findSourceFileBySlug(draft.slug()).orElse(null);
			fileBySlug.put(slug, draft.sourceFile());
			if (existing != null) {
				changed.add(new ArticleRows.ChangedArticle(draft, existing.id()));
			}
			else {
				created.add(new ArticleRows.NewArticle(draft, slug));
			}
			saved.add(new Saved(existing != null ? Outcome.UPDATED : Outcome.NEW, slug, clashWith));
		}
		rows.write(created, changed, terms, clock.instant());
		return saved;
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

}
