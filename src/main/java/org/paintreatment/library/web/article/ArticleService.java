package org.paintreatment.library.web.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.ArticleLink;
import org.paintreatment.library.article.ArticleListing;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.article.RelatedArticle;
import org.paintreatment.library.article.TagRemoval;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.kernel.NotFoundException;
import org.paintreatment.library.search.SearchHits;
import org.paintreatment.library.search.SearchService;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.TreatmentFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads articles for the pages and the API: one article with its evidence, or a filtered list.
 */
@Service
public class ArticleService {

	private final ArticleRepository articles;

	private final ReadModel readModel;

	private final SearchService search;

	private final TreatmentFacts facts;

	ArticleService(ArticleRepository articles, ReadModel readModel, SearchService search, TreatmentFacts facts) {
		this.articles = articles;
		this.readModel = readModel;
		this.search = search;
		this.facts = facts;
	}

	@Transactional(readOnly = true)
	public ArticleView show(String slug) {
		LibrarySnapshot snapshot = readModel.current();
		Article article = articles.findWithTreatmentBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no article at /articles/" + slug + ".",
					slug.replace('-', ' ')));
		List<TermEvidence> mechanisms = articles.findMechanismEvidence(article.getId()).stream()
			.map(link -> new TermEvidence(TermSummary.of(TermKind.MECHANISM, link.getMechanism()), link.getSentences(),
					link.isAddedByLibrarian()))
			.toList();
		List<TermEvidence> caveats = articles.findCaveatEvidence(article.getId()).stream()
			.map(link -> new TermEvidence(TermSummary.of(TermKind.CAVEAT, link.getCaveat()), link.getSentences(),
					link.isAddedByLibrarian()))
			.toList();
		List<ConditionEvidence> conditions = articles.findConditionEvidence(article.getId()).stream()
			.map(link -> new ConditionEvidence(TermSummary.of(TermKind.CONDITION, link.getCondition()), link.getStrength(),
					link.getSentences()))
			.toList();
		List<RelatedArticle> related = snapshot.article(slug).map(snapshot::relatedWithReasons).orElse(List.of());
		ArticleOutline outline = ArticleOutline.of(article.getHtml());
		TermSummary treatment = TermSummary.of(TermKind.TREATMENT, article.getTreatment());
		return new ArticleView(article.getSlug(), article.getTitle(), article.getSummary(),
				outline.opensWith(article.getSummary()), article.getHtml(), article.getSourceFile(),
				article.getReadingMinutes(), article.getWordCount(), article.getImportedAt(), treatment, outline.toc(),
				mechanisms, caveats, related, SourceView.of(article), BeforeYouRead.of(treatment, caveats, facts),
				article.getQuality(), corrections(article, snapshot), conditions);
	}

	/** The removals are read only for an article a librarian corrected: most pages stay at three queries. */
	private LibrarianCorrections corrections(Article article, LibrarySnapshot snapshot) {
		if (!article.isTagsCorrected()) {
			return LibrarianCorrections.NONE;
		}
		List<LibrarianCorrections.RemovedTag> removed = articles.findTagRemovals(article.getId()).stream()
			.map(removal -> {
				TermKind kind = removal.getKind().equals(TagRemoval.MECHANISM) ? TermKind.MECHANISM : TermKind.CAVEAT;
				TermSummary term = snapshot.term(kind, removal.getTermSlug())
					.orElseGet(() -> new TermSummary(kind, removal.getTermSlug(), removal.getTermSlug(), ""));
				return new LibrarianCorrections.RemovedTag(term, removal.getReason());
			})
			.toList();
		return new LibrarianCorrections(true, removed);
	}

	/** The articles that best match these words (with every word, or failing that some), at most {@code limit}. */
	public List<IndexedArticle> nearest(String words, int limit) {
		LibrarySnapshot snapshot = readModel.current();
		return search.search(words).ids().stream()
			.map(snapshot::articleById)
			.flatMap(Optional::stream)
			.limit(limit)
			.toList();
	}

	/** Every article by the file it was imported from. */
	@Transactional(readOnly = true)
	public Map<String, ArticleLink> linksByFile() {
		Map<String, ArticleLink> links = new HashMap<>();
		articles.findAllLinks().forEach(link -> links.put(link.sourceFile(), link));
		return links;
	}

	/**
	 * The filtered list. Words in the filter's query are searched in the full-text readModel: the hits
	 * (those with every word, or failing any, with some) come best first, are narrowed by the term
	 * filters, and each listed item gets a snippet.
	 */
	public ArticleListing list(ArticleFilter filter) {
		LibrarySnapshot snapshot = readModel.current();
		if (!filter.hasQuery()) {
			return snapshot.list(filter);
		}
		SearchHits hits = search.search(filter.query(), filter.asTyped());
		ArticleListing listing = snapshot.list(filter, hits.ids());
		Map<Long, String> snippets = search.snippets(hits, listing.items().stream().map(IndexedArticle::id).toList());
		Map<String, String> bySlug = new HashMap<>();
		listing.items().forEach(article -> {
			String snippet = snippets.get(article.id());
			if (snippet != null) {
				bySlug.put(article.slug(), snippet);
			}
		});
		// with no article left after the term filters, the page says so, not what the hits had
		boolean someWordsOnly = hits.someWordsOnly() && listing.total() > 0;
		return listing.withSearch(bySlug, hits.suggestion().orElse(null), someWordsOnly,
				someWordsOnly ? hits.foundNowhere() : List.of())
			.searchedFor(hits.searched(), hits.correctedFrom().orElse(null));
	}

}
