package org.paintreatment.library.web.article;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paintreatment.library.web.article.ArticleView.TocEntry;

/**
 * What the article page needs to know of an article's rendered HTML: its headings, for the table
 * of contents, and the text its first paragraph begins with.
 */
record ArticleOutline(List<TocEntry> toc, String opening) {

	static ArticleOutline of(String html) {
		Document body = Jsoup.parseBodyFragment(html);
		List<TocEntry> toc = new ArrayList<>();
		for (Element heading : body.select("h2[id], h3[id], h4[id]")) {
			heading.select("a.heading-anchor").remove();
			toc.add(new TocEntry(heading.id(), heading.text(), Integer.parseInt(heading.tagName().substring(1))));
		}
		Element firstParagraph = body.body().selectFirst("p");
		return new ArticleOutline(List.copyOf(toc), firstParagraph == null ? "" : firstParagraph.text());
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
