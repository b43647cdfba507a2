package org.paintreatment.library.web.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.QuoteRow;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.kernel.NotFoundException;
import org.paintreatment.library.kernel.Pagination;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.taxonomy.FactTopic;
import org.paintreatment.library.taxonomy.KeyFact;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.TreatmentFacts;
import org.paintreatment.library.web.taxonomy.TermPages.ConditionPage;
import org.paintreatment.library.web.taxonomy.TermPages.Matrix;
import org.paintreatment.library.web.taxonomy.TermPages.QuotedArticle;
import org.paintreatment.library.web.taxonomy.TermPages.TermPage;
import org.paintreatment.library.web.taxonomy.TermPages.TreatmentPage;
import org.paintreatment.library.web.taxonomy.TermPages.TreatmentQuotes;
import org.springframework.stereotype.Service;

/**
 * Builds the treatment, mechanism, caveat, condition and compare pages from the library snapshot, reading
 * the evidence quotes of the page shown from the database.
 */
@Service
public class TaxonomyService {

	/** Articles on one page of a treatment, mechanism, caveat or condition. */
	public static final int PAGE_SIZE = 20;

	private final ReadModel readModel;

	private final ArticleRepository articles;

	private final TreatmentFacts facts;

	TaxonomyService(ReadModel readModel, ArticleRepository articles, TreatmentFacts facts) {
		this.readModel = readModel;
		this.articles = articles;
		this.facts = facts;
	}

	/** The library's key facts about a treatment, by topic; none for an unknown slug. */
	public Map<FactTopic, List<KeyFact>> keyFacts(String treatment) {
		return facts.byTopic(treatment);
	}

	public TermSummary term(TermKind kind, String slug) {
		return readModel.current().term(kind, slug).orElseThrow(() -> new NotFoundException(
				"The library has no " + kind.label().toLowerCase() + " at " + kind.urlOf(slug) + ".",
				Slugs.isValid(slug) ? slug.replace('-', ' ') : null));
	}

	/** A treatment's page: its key facts, one page of its articles, and what all of them state, counted. */
	public TreatmentPage treatmentPage(String slug, int page) {
		TermSummary treatment = term(TermKind.TREATMENT, slug);
		LibrarySnapshot snapshot = readModel.current();
		List<IndexedArticle> found = snapshot.articlesWith(TermKind.TREATMENT, slug);
		Pagination pages = pageOf(found, page, treatment);
		return new TreatmentPage(treatment, facts.byTopic(slug), pages.slice(found), pages,
				nonZero(snapshot.counts(TermKind.MECHANISM, found)), nonZero(snapshot.counts(TermKind.CAVEAT, found)));
	}

	/**
	 * A mechanism's or caveat's page: the treatments said to have it, counted, and one page of its
	 * articles (in title order) with their quotes, read for that page alone.
	 */
	public TermPage termPage(TermKind kind, String slug, int page) {
		TermSummary term = term(kind, slug);
		LibrarySnapshot snapshot = readModel.current();
		List<IndexedArticle> found = snapshot.articlesWith(kind, slug);
		Pagination pages = pageOf(found, page, term);
		List<IndexedArticle> shown = pages.slice(found);
		Map<Long, List<String>> quotes = quotes(kind, slug, shown);
		List<QuotedArticle> quoted = shown.stream().map(article -> quoted(snapshot, article, quotes)).toList();
		return new TermPage(term, nonZero(snapshot.counts(TermKind.TREATMENT, found)), quoted, pages);
	}

	/**
	 * A condition's page: one page of the articles about it (not those only mentioning it), by
	 * treatment in taxonomy order and then by title, grouped by treatment, with their sentences on
	 * the condition.
	 */
	public ConditionPage conditionPage(String slug, int page) {
		TermSummary condition = term(TermKind.CONDITION, slug);
		LibrarySnapshot snapshot = readModel.current();
		List<String> treatmentOrder = snapshot.terms(TermKind.TREATMENT).stream().map(TermSummary::slug).toList();
		List<IndexedArticle> found = snapshot.articlesWith(TermKind.CONDITION, slug)
			.stream()
			.sorted(Comparator.comparingInt(article -> treatmentOrder.indexOf(article.treatment())))
			.toList();
		Pagination pages = pageOf(found, page, condition);
		List<IndexedArticle> shown = pages.slice(found);
		Map<Long, List<String>> quotes = quotes(TermKind.CONDITION, slug, shown);
		Map<String, Long> perTreatment = snapshot.counts(TermKind.TREATMENT, found);
		Map<String, List<QuotedArticle>> byTreatment = new LinkedHashMap<>();
		for (IndexedArticle article : shown) {
			byTreatment.computeIfAbsent(article.treatment(), key -> new ArrayList<>()).add(quoted(snapshot, article, quotes));
		}
		List<TreatmentQuotes> groups = new ArrayList<>();
		byTreatment.forEach((treatment, quoted) -> groups
			.add(new TreatmentQuotes(quoted.get(0).treatment(), quoted, perTreatment.getOrDefault(treatment, 0L))));
		return new ConditionPage(condition, groups, pages);
	}

	public Matrix matrix(TermKind kind) {
		LibrarySnapshot snapshot = readModel.current();
		List<TermSummary> treatments = snapshot.coveredTerms(TermKind.TREATMENT);
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		Map<String, Set<FactTopic>> factTopics = new LinkedHashMap<>();
		for (TermSummary treatment : treatments) {
			counts.put(treatment.slug(), snapshot.counts(kind, snapshot.articlesWith(TermKind.TREATMENT, treatment.slug())));
			factTopics.put(treatment.slug(), facts.byTopic(treatment.slug()).keySet());
		}
		return new Matrix(kind, treatments, snapshot.terms(kind), counts, factTopics);
	}

	public Map<String, Long> totalCounts(TermKind kind) {
		return readModel.current().totalCounts(kind);
	}

	public List<TermSummary> terms(TermKind kind) {
		return readModel.current().terms(kind);
	}

	/** A page past the last one is not found; the first page of a term no article states is. */
	private static Pagination pageOf(List<IndexedArticle> found, int page, TermSummary term) {
		Pagination pages = new Pagination(page, PAGE_SIZE, found.size());
		if (pages.isPastTheEnd()) {
			throw new NotFoundException("The page of " + term.name() + " has only " + pages.pageCount()
					+ " page(s) of articles; there is no page " + page + ".");
		}
		return pages;
	}

	/** The quotes of the articles shown, by article id: one query for the page, none when it is empty. */
	private Map<Long, List<String>> quotes(TermKind kind, String slug, List<IndexedArticle> shown) {
		if (shown.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = shown.stream().map(IndexedArticle::id).toList();
		List<QuoteRow> rows = switch (kind) {
			case MECHANISM -> articles.findMechanismQuotes(slug, ids);
			case CAVEAT -> articles.findCaveatQuotes(slug, ids);
			case CONDITION -> articles.findConditionQuotes(slug, ids);
			case TREATMENT -> throw new IllegalArgumentException("a treatment has no quotes");
		};
		Map<Long, List<String>> quotes = new HashMap<>();
		rows.forEach(row -> quotes.put(row.articleId(), row.quotes()));
		return quotes;
	}

	/** An article with its quotes; none when its tag went between the snapshot and the query. */
	private static QuotedArticle quoted(LibrarySnapshot snapshot, IndexedArticle article,
			Map<Long, List<String>> quotes) {
		TermSummary treatment = snapshot.term(TermKind.TREATMENT, article.treatment())
			.orElseGet(() -> new TermSummary(TermKind.TREATMENT, article.treatment(), article.treatment(), ""));
		return new QuotedArticle(article.slug(), article.title(), treatment, quotes.getOrDefault(article.id(), List.of()));
	}

	private static Map<String, Long> nonZero(Map<String, Long> counts) {
		Map<String, Long> kept = new LinkedHashMap<>();
		counts.forEach((slug, count) -> {
			if (count > 0) {
				kept.put(slug, count);
			}
		});
		return kept;
	}

}
