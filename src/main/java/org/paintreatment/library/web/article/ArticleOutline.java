package org.paintreatment.library.web.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paintreatment.library.web.article.ArticleView.TocEntry;

/**
 * What the article page needs to know of an article's rendered HTML: its headings, for the table
 * of contents (a heading of a lower level under the one before it), and the text its first
 * paragraph begins with.
 */
record ArticleOutline(List<TocEntry> toc, String opening) {

	static ArticleOutline of(String html) {
		Document body = Jsoup.parseBodyFragment(html);
		List<TocEntry> flat = new ArrayList<>();
		for (Element heading : body.select("h2[id], h3[id], h4[id]")) {
			heading.select("a.heading-anchor").remove();
			flat.add(new TocEntry(heading.id(), heading.text(), Integer.parseInt(heading.tagName().substring(1))));
		}
		Element firstParagraph = body.body().selectFirst("p");
		return new ArticleOutline(nested(flat), firstParagraph == null ? "" : firstParagraph.text());
	}

	/** Each entry under the nearest entry before it of a higher level; the others at the top. */
	private static List<TocEntry> nested(List<TocEntry> flat) {
		List<TocEntry> top = new ArrayList<>();
		Deque<TocEntry> open = new ArrayDeque<>();
		for (TocEntry entry : flat) {
			while (!open.isEmpty() && open.peek().level() >= entry.level()) {
				open.pop();
			}
			(open.isEmpty() ? top : open.peek().children()).add(entry);
			open.push(entry);
		}
		return top;
	}

	/**
	 * True when the first paragraph begins with the summary, as it does when the summary was taken
	 * from it: the page then shows it once, in the text, not again above it.
	 */
	boolean opensWith(String summary) {
		String words = summary.strip().replaceAll("\\s+", " ");
		return !words.isEmpty() && opening.startsWith(words);
	}

}
