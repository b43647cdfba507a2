package org.paintreatment.library.web.system;

import java.util.ArrayList;
import java.util.List;

import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * The library's permanent pages for search engines (sitemaps.org): the home page, the lists, every
 * treatment, mechanism, caveat and condition page, and every article. Filtered and searched lists are left
 * out; they say {@code noindex} themselves.
 */
final class Sitemap {

	/** The pages that are always there, besides those of terms and articles. */
	static final List<String> FIXED = List.of("/", "/articles", "/treatments", "/mechanisms", "/caveats", "/compare",
			"/conditions");

	private Sitemap() {
	}

	static List<String> paths(LibrarySnapshot snapshot) {
		List<String> paths = new ArrayList<>(FIXED);
		for (TermKind kind : TermKind.values()) {
			snapshot.terms(kind).stream().map(TermSummary::url).forEach(paths::add);
		}
		snapshot.articles().stream().map(IndexedArticle::url).forEach(paths::add);
		return paths;
	}

	/** The sitemap's XML, each path made absolute with {@code base} (the library's public address). */
	static String xml(String base, List<String> paths) {
		StringBuilder xml = new StringBuilder(128 + paths.size() * (base.length() + 80));
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths) {
			xml.append("  <url><loc>");
			escape(base + path, xml);
			xml.append("</loc></url>\n");
		}
		return xml.append("</urlset>\n").toString();
	}

	private static void escape(String text, StringBuilder out) {
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> out.append(c);
			}
		}
	}

}
