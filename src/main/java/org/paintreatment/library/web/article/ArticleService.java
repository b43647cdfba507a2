package org.paintreatment.library.web.article;

import java.util.Arrays;
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
import org.paintreatment.library.taxonomy.ConditionTag;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.TreatmentFacts;
import org.paintreatment.library.text.ArticleOutline;
import org.paintreatment.library.text.PageFacts;
import org.paintreatment.library.web.article.ArticleView.TocEntry;
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

	private volatile ShownTerms shownTerms = ShownTerms.of(LibrarySnapshot.empty());

	ArticleService(ArticleRepository articles, ReadModel readModel, SearchService search, TreatmentFacts facts) {
		this.articles = articles;
		this.readModel = readModel;
		this.search = search;
		this.facts = facts;
	}

	/**
	 * One article for its page and its JSON: one lookup of its row by slug, which holds the facts
	 * found at import ({@link PageFacts}); the terms' names and the related articles come from the
	 * snapshot, since they depend on the taxonomy and on the other articles.
	 */
	@Transactional(readOnly = true)
	public ArticleView show(String slug) {
		LibrarySnapshot snapshot = readModel.current();
		Article article = articles.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no article at /articles/" + slug + ".",
					slug.replace('-', ' ')));
		PageFacts page = article.getPageFacts().orElseGet(() -> factsFromTheTables(article));
		ShownTerms terms = termsOf(snapshot);
		List<TermEvidence> caveats = terms.evidence(TermKind.CAVEAT, page.caveats());
		List<RelatedArticle> related = snapshot.article(slug).map(snapshot::relatedWithReasons).orElse(List.of());
		TermSummary treatment = terms.term(TermKind.TREATMENT, page.treatment());
		return new ArticleView(article.getSlug(), article.getTitle(), article.getSummary(),
				page.outline().summaryOpensText(), article.getHtml(), article.getSourceFile(), article.getReadingMinutes(),
				article.getWordCount(), article.getImportedAt(), treatment, TocEntry.nest(page.outline().headings()),
				terms.evidence(TermKind.MECHANISM, page.mechanisms()), caveats, related, SourceView.of(article),
				BeforeYouRead.of(treatment, caveats, facts), article.getQuality(),
				terms.corrections(article.isTagsCorrected(), page.removed()), terms.conditions(page.conditions()));
	}

	/** The terms of this snapshot, made once per snapshot. */
	private ShownTerms termsOf(LibrarySnapshot snapshot) {
		ShownTerms terms = shownTerms;
		if (!terms.isOf(snapshot)) {
			terms = ShownTerms.of(snapshot);
			shownTerms = terms;
		}
		return terms;
	}

	/**
	 * The page's facts of an article stored before the import kept them (its file unchanged since,
	 * or failing now): read from the evidence tables and the HTML, as every request once did.
	 */
	private PageFacts factsFromTheTables(Article article) {
		List<PageFacts.Tag> mechanisms = articles.findMechanismEvidence(article.getId()).stream()
			.map(link -> new PageFacts.Tag(link.getMechanism().getSlug(), link.getSentences(), link.isAddedByLibrarian()))
			.toList();
		List<PageFacts.Tag> caveats = articles.findCaveatEvidence(article.getId()).stream()
			.map(link -> new PageFacts.Tag(link.getCaveat().getSlug(), link.getSentences(), link.isAddedByLibrarian()))
			.toList();
		List<ConditionTag> conditions = articles.findConditionEvidence(article.getId()).stream()
			.map(link -> new ConditionTag(link.getCondition().getSlug(), link.getStrength(), link.getSentences()))
			.toList();
		List<PageFacts.Removal> removed = !article.isTagsCorrected() ? List.of()
				: articles.findTagRemovals(article.getId()).stream()
					.map(removal -> new PageFacts.Removal(
							removal.getKind().equals(TagRemoval.MECHANISM) ? TermKind.MECHANISM : TermKind.CAVEAT,
							removal.getTermSlug(), removal.getReason()))
					.toList();
		return new PageFacts(article.getTreatment().getSlug(), ArticleOutline.of(article.getHtml(), article.getSummary()),
				mechanisms, caveats, conditions, removed);
	}

	/** The articles that best match these words (with every word, or failing that some), at most {@code limit}. */
	public List<IndexedArticle> nearest(String words, int limit) {
		LibrarySnapshot snapshot = readModel.current();
		return Arrays.stream(search.search(words).best(id -> snapshot.articleById(id).isPresent(), limit))
			.mapToObj(snapshot::articleById)
			.flatMap(Optional::stream)
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
		ArticleListing listing = snapshot.list(filter, hits);
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
