package org.paintreatment.library.web.article;

import java.util.List;

import org.paintreatment.library.article.TermSummary;

/**
 * A term an article states, with the article's sentences that show it.
 */
public record TermEvidence(TermSummary term, List<String> quotes) {

}
