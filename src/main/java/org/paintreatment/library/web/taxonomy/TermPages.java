package org.paintreatment.library.web.taxonomy;

import java.util.List;
import java.util.Map;

import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * What the taxonomy pages show.
 */
public final class TermPages {

	private TermPages() {
	}

	/** A treatment with its articles and what they say, counted. */
	public record TreatmentPage(TermSummary treatment, List<IndexedArticle> articles, Map<String, Long> mechanismCounts,
			Map<String, Long> caveatCounts) {
	}

	/** A mechanism or caveat, the treatments said to have it, and each article's quotes. */
	public record TermPage(TermSummary term, Map<String, Long> treatmentCounts, List<QuotedArticle> articles) {
	}

	/** An article stating a term, with the sentences that show it. */
	public record QuotedArticle(String slug, String title, TermSummary treatment, List<String> quotes) {

		public String url() {
			return "/articles/" + slug;
		}

	}

	/** Treatments against the terms of one kind: how many articles of each treatment state each term. */
	public record Matrix(TermKind kind, List<TermSummary> treatments, List<TermSummary> terms,
			Map<String, Map<String, Long>> counts) {

		public long count(String treatment, String term) {
			return counts.getOrDefault(treatment, Map.of()).getOrDefault(term, 0L);
		}

		public String url(String treatment, String term) {
			return "/articles?treatment=" + treatment + "&" + kind.parameter() + "=" + term;
		}

	}

}
