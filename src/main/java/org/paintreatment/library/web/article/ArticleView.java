package org.paintreatment.library.web.article;

import java.time.Instant;
import java.util.List;

import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.TermSummary;

/**
 * Everything the article page shows. {@code summaryOpensTheText} says the summary is the text's
 * own opening, so the page does not show it twice.
 */
public record ArticleView(String slug, String title, String summary, boolean summaryOpensTheText, String html,
		String sourceFile,
		int readingMinutes, int wordCount, Instant importedAt, TermSummary treatment, List<TocEntry> toc,
		List<TermEvidence> mechanisms, List<TermEvidence> caveats, List<IndexedArticle> related,
		BeforeYouRead beforeYouRead) {

	public String url() {
		return "/articles/" + slug;
	}

	/** One heading of the article, for its table of contents. */
	public record TocEntry(String id, String text, int level) {
	}

}
