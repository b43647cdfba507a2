package org.paintreatment.library.web.article;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org description of an article page, for the page's {@code <script
 * type="application/ld+json">}: the library's page (a WebPage, with when a librarian last
 * reviewed it) about the original article (its headline, author, site, address, date and kind).
 * Facts not known are left out, as schema.org readers expect. It is written once per page view
 * (pages are cached) and goes into the page unescaped, so every {@code <}, {@code >} and
 * {@code &} is written as a JSON escape: no text can close the script element.
 */
final class ArticleJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ArticleJsonLd() {
	}

	static String of(ArticleView article, String canonicalBase) {
		SourceView source = article.source();
		Map<String, Object> original = new LinkedHashMap<>();
		original.put("@type", "Article");
		original.put("headline", article.title());
		putIfKnown(original, "url", source.url());
		putIfKnown(original, "datePublished", date(source.published()));
		if (source.author() != null) {
			original.put("author", Map.of("@type", "Person", "name", source.author()));
		}
		if (source.site() != null) {
			original.put("publisher", Map.of("@type", "Organization", "name", source.site()));
		}
		original.put("genre", source.type().label());
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@context", "https://schema.org");
		page.put("@type", "WebPage");
		page.put("url", canonicalBase + article.url());
		page.put("name", article.title());
		page.put("description", article.summary());
		putIfKnown(page, "lastReviewed", date(source.reviewed()));
		page.put("dateModified", article.importedAt().toString());
		page.put("mainEntity", original);
		return scriptSafe(JSON.writeValueAsString(page));
	}

	/** JSON that can stand inside a script element: the same value, with no markup characters. */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static void putIfKnown(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

}
