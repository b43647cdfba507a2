package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the article page needs to know of an article's rendered HTML, found once at import so that
 * no request parses the HTML: its headings in order, for the table of contents, and whether the
 * text opens with the summary.
 *
 * @param headings the headings with an id (levels 2 to 4), in the order of the text, without their anchors
 * @param summaryOpensText the first paragraph begins with the summary, as it does when the summary
 * was taken from it: the page then shows it once, in the text, not again above it
 */
public record ArticleOutline(List<Heading> headings, boolean summaryOpensText) {

	public ArticleOutline {
		headings = List.copyOf(headings);
	}

	/** One heading of the article: its id (the target of the table of contents' link), text and level. */
	public record Heading(String id, String text, int level) {
	}

	public static ArticleOutline of(String html, String summary) {
		Document body = Jsoup.parseBodyFragment(html);
		List<Heading> headings = new ArrayList<>();
		for (Element heading : body.select("h2[id], h3[id], h4[id]")) {
			heading.select("a.heading-anchor").remove();
			headings.add(new Heading(heading.id(), heading.text(), Integer.parseInt(heading.tagName().substring(1))));
		}
		Element firstParagraph = body.body().selectFirst("p");
		return new ArticleOutline(headings, opensWith(firstParagraph == null ? "" : firstParagraph.text(), summary));
	}

	private static boolean opensWith(String opening, String summary) {
		String words = summary.strip().replaceAll("\\s+", " ");
		return !words.isEmpty() && opening.startsWith(words);
	}

}
