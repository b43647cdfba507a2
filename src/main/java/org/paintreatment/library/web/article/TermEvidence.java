package org.paintreatment.library.web.article;

import java.util.List;

import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.text.ArticleRenderer;
import org.paintreatment.library.text.QuoteMarks;

/**
 * A term an article states, with the article's sentences that show it; {@code addedByLibrarian}
 * when a librarian added the tag with that quote, rather than the classifier finding it.
 */
public record TermEvidence(TermSummary term, List<String> quotes, boolean addedByLibrarian) {

	public TermEvidence(TermSummary term, List<String> quotes) {
		this(term, quotes, false);
	}

	/** The id of the quote's place in the article's text, where the import marked it. */
	public String quoteId(String quote) {
		return QuoteMarks.idOf(quote);
	}

	/** The id of the term's evidence on the article page, which the "Before you read" panel links to. */
	public String id() {
		return ArticleRenderer.EVIDENCE_ID_PREFIX + term.kind().parameter() + "-" + term.slug();
	}

}
