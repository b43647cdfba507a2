package org.paintreatment.library.web.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.kernel.Pagination;
import org.paintreatment.library.taxonomy.FactTopic;
import org.paintreatment.library.taxonomy.KeyFact;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * What the taxonomy pages show.
 */
public final class TermPages {

	private TermPages() {
	}

	/**
	 * A treatment with the library's key facts about it, one page of its articles, and what all its
	 * articles say, counted.
	 */
	public record TreatmentPage(TermSummary treatment, Map<FactTopic, List<KeyFact>> keyFacts,
			List<IndexedArticle> articles, Pagination pages, Map<String, Long> mechanismCounts,
			Map<String, Long> caveatCounts) {
	}

	/** A mechanism or caveat, the treatments said to have it, and one page of its articles with their quotes. */
	public record TermPage(TermSummary term, Map<String, Long> treatmentCounts, List<QuotedArticle> articles,
			Pagination pages) {
	}

	/**
	 * A condition and what the articles about it say helps, by treatment: each treatment with the
	 * articles about both, quoting the sentences on the condition; one page of them.
	 */
	public record ConditionPage(TermSummary condition, List<TreatmentQuotes> treatments, Pagination pages) {

		/** How many articles are about the condition, on every page. */
		public int articleCount() {
			return pages.total();
		}

	}

	/**
	 * One treatment of a condition's page, with its articles about the condition on this page, and
	 * how many there are on every page.
	 */
	public record TreatmentQuotes(TermSummary treatment, List<QuotedArticle> articles, long articleCount) {
	}

	/** An article stating a term, with the sentences that show it. */
	public record QuotedArticle(String slug, String title, TermSummary treatment, List<String> quotes) {

		public String url() {
			return "/articles/" + slug;
		}

	}

	/**
	 * Treatments against the terms of one kind: how many articles of each treatment state each
	 * term, and for caveats, the topics the library's own key facts cover for each treatment.
	 */
	public record Matrix(TermKind kind, List<TermSummary> treatments, List<TermSummary> terms,
			Map<String, Map<String, Long>> counts, Map<String, Set<FactTopic>> factTopics) {

		public long count(String treatment, String term) {
			return counts.getOrDefault(treatment, Map.of()).getOrDefault(term, 0L);
		}

		/**
		 * Where the library's own facts on what this caveat is about are, when its articles do
		 * not state it but the library has facts on its topic; else null.
		 */
		public String factsUrl(String treatment, String term) {
			return FactTopic.ofCaveat(term)
				.filter(topic -> factTopics.getOrDefault(treatment, Set.of()).contains(topic))
				.map(topic -> TermKind.TREATMENT.urlOf(treatment) + "#facts-" + topic.key())
				.orElse(null);
		}

		public String url(String treatment, String term) {
			return "/articles?treatment=" + treatment + "&" + kind.parameter() + "=" + term;
		}

	}

}
