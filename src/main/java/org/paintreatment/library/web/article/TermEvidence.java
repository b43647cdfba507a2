package org.paintreatment.library.web.article;

import java.util.List;

import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.text.ArticleRenderer;

/**
 * A term an article states, with the article's sentences that show it.
 */
public record TermEvidence(TermSummary term, List<String> quotes) {

	/** The id of the term's evidence on the article page, which the "Before you read" panel links to. */
	public String id() {
		return ArticleRenderer.EVIDENCE_ID_PREFIX + term.kind().parameter() + "-" + term.slug();
	}

}
