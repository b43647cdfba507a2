package org.paintreatment.library.web.article;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.paintreatment.library.article.RelatedArticle;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.quality.QualityReport;
import org.paintreatment.library.text.ArticleOutline.Heading;

/**
 * Everything the article page shows. {@code summaryOpensTheText} says the summary is the text's
 * own opening, so the page does not show it twice; {@code corrections} what a librarian corrected
 * of its tags.
 */
public record ArticleView(String slug, String title, String summary, boolean summaryOpensTheText, String html,
		String sourceFile,
		int readingMinutes, int wordCount, Instant importedAt, TermSummary treatment, List<TocEntry> toc,
		List<TermEvidence> mechanisms, List<TermEvidence> caveats, List<RelatedArticle> related, SourceView source,
		BeforeYouRead beforeYouRead, QualityReport quality, LibrarianCorrections corrections,
		List<ConditionEvidence> conditions) {
	/** The conditions the article is about: its main topics. */
	public List<ConditionEvidence> aboutConditions() {
		return conditions.stream().filter(ConditionEvidence::isAbout).toList();
	}

	/** The conditions the article only mentions, in passing or in a list. */
	public List<ConditionEvidence> mentionedConditions() {
		return conditions.stream().filter(condition -> !condition.isAbout()).toList();
	}

	public String url() {
		return "/articles/" + slug;
	}

	/** How many headings the table of contents lists, at every level. */
	public int tocSize() {
		return count(toc);
	}

	private static int count(List<TocEntry> entries) {
		return entries.stream().mapToInt(entry -> 1 + count(entry.children())).sum();
	}

	/** One heading of the article, for its table of contents, with the headings of its sub-sections. */
	public record TocEntry(String id, String text, int level, List<TocEntry> children) {

		TocEntry(String id, String text, int level) {
			this(id, text, level, new ArrayList<>());
		}

		/** Each heading under the nearest heading before it of a higher level; the others at the top. */
		static List<TocEntry> nest(List<Heading> headings) {
			List<TocEntry> top = new ArrayList<>();
			Deque<TocEntry> open = new ArrayDeque<>();
			for (Heading heading : headings) {
				TocEntry entry = new TocEntry(heading.id(), heading.text(), heading.level());
				while (!open.isEmpty() && open.peek().level() >= entry.level()) {
					open.pop();
				}
				(open.isEmpty() ? top : open.peek().children()).add(entry);
				open.push(entry);
			}
			return top;
		}

	}

}
