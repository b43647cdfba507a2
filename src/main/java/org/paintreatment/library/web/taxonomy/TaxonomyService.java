package org.paintreatment.library.web.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleCondition;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.article.Evidence;
import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.kernel.NotFoundException;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the treatment, mechanism, caveat, condition and compare pages from the library snapshot, reading
 * the evidence quotes from the database.
 */
@Service
public class TaxonomyService {

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

	public TreatmentPage treatmentPage(String slug) {
		TermSummary treatment = term(TermKind.TREATMENT, slug);
		LibrarySnapshot snapshot = readModel.current();
		List<IndexedArticle> found = snapshot.articlesWith(TermKind.TREATMENT, slug);
		return new TreatmentPage(treatment, facts.byTopic(slug), found, nonZero(snapshot.counts(TermKind.MECHANISM, found)),
				nonZero(snapshot.counts(TermKind.CAVEAT, found)));
	}

	@Transactional(readOnly = true)
	public TermPage termPage(TermKind kind, String slug) {
		TermSummary term = term(kind, slug);
		LibrarySnapshot snapshot = readModel.current();
		List<? extends Evidence> evidence = kind == TermKind.MECHANISM ? articles.findEvidenceOfMechanism(slug)
				: articles.findEvidenceOfCaveat(slug);
		List<QuotedArticle> quoted = evidence.stream().map(TaxonomyService::quoted).toList();
		return new TermPage(term, nonZero(snapshot.counts(TermKind.TREATMENT, snapshot.articlesWith(kind, slug))),
				quoted);
	}

	/** A condition's page: the articles about it (not those only mentioning it), by treatment in taxonomy order. */
	@Transactional(readOnly = true)
	public ConditionPage conditionPage(String slug) {
		TermSummary condition = term(TermKind.CONDITION, slug);
		Map<String, List<QuotedArticle>> byTreatment = new LinkedHashMap<>();
		Map<String, TermSummary> treatments = new LinkedHashMap<>();
		for (ArticleCondition evidence : articles.findArticlesAboutCondition(slug)) {
			QuotedArticle quoted = quoted(evidence);
			treatments.putIfAbsent(quoted.treatment().slug(), quoted.treatment());
			byTreatment.computeIfAbsent(quoted.treatment().slug(), key -> new ArrayList<>()).add(quoted);
		}
		List<TreatmentQuotes> groups = new ArrayList<>();
		byTreatment.forEach((treatment, quoted) -> groups.add(new TreatmentQuotes(treatments.get(treatment), quoted)));
		return new ConditionPage(condition, groups);
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

	private static QuotedArticle quoted(Evidence evidence) {
		Article article = evidence.getArticle();
		return new QuotedArticle(article.getSlug(), article.getTitle(),
				TermSummary.of(TermKind.TREATMENT, article.getTreatment()), evidence.getSentences());
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
