package org.paintreatment.library.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What "safe article HTML" means, checked the way a browser would read it: only the tags the
 * renderer produces, only their attributes, and links only to http, https, mailto, a fragment or
 * a relative address; besides, the import's own marks of quoted sentences ({@code <span class="quote"
 * id="quote-…">}). Throws an {@link AssertionError} naming the first problem.
 */
final class SafeHtml {

	static final Set<String> TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
			"blockquote", "pre", "code", "em", "strong", "del", "a", "table", "thead", "tbody", "tr", "th", "td", "span");

	private static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "title", "class", "aria-label"),
			"ol", Set.of("start"), "h1", Set.of("id"), "h2", Set.of("id"), "h3", Set.of("id"), "h4", Set.of("id"),
			"h5", Set.of("id"), "h6", Set.of("id"), "span", Set.of("id", "class"));

	private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

	/** A scheme as a browser finds it: after leading C0 controls and spaces, ignoring tabs and newlines. */
	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

	private SafeHtml() {
	}

	static void assertSafe(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		for (Element element : document.body().getAllElements()) {
			if (element == document.body()) {
				continue;
			}
			String tag = element.normalName();
			if (!TAGS.contains(tag)) {
				throw new AssertionError("tag <" + tag + "> in " + abbreviate(html));
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (!ATTRIBUTES.getOrDefault(tag, Set.of()).contains(name)) {
					throw new AssertionError("attribute " + name + " on <" + tag + "> in " + abbreviate(html));
				}
				if (name.equals("class") && !attribute.getValue().equals(tag.equals("span") ? "quote" : "heading-anchor")) {
					throw new AssertionError("class " + attribute.getValue() + " in " + abbreviate(html));
				}
			}
			if (tag.equals("span") && !element.id().matches("quote-[0-9a-f]{10}")) {
				throw new AssertionError("span without a quote's id in " + abbreviate(html));
			}
			if (element.hasAttr("href")) {
				assertSafeLink(element.attr("href"), html);
			}
		}
	}

	private static void assertSafeLink(String href, String html) {
		String url = href.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
		var scheme = SCHEME.matcher(url);
		if (scheme.find() && !SCHEMES.contains(scheme.group(1))) {
			throw new AssertionError("link to " + scheme.group(1) + ": in " + abbreviate(html));
		}
	}

	private static String abbreviate(String html) {
		return html.length() <= 300 ? html : html.substring(0, 300) + "…";
	}

}
