package org.paintreatment.library.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paintreatment.library.kernel.SafeYaml;
import org.paintreatment.library.kernel.WebAddress;
import org.paintreatment.library.taxonomy.SourceType;

/**
 * Reads the editorial fields of one front matter or catalog entry. Besides the library's own
 * names, it takes the usual names of Hugo and Jekyll exports ({@code date} for the published
 * date, {@code url} for the source URL, {@code description} for a summary) and passes quietly
 * over their other common fields ({@link #PASSED_OVER}); any other field is left out with one
 * warning, with a hint when it looks like a misspelt name.
 */
final class FieldReader {

	/** The fields read; {@code date}, {@code url} and {@code description} only when the first name is absent. */
	static final Set<String> READ = Set.of("title", "slug", "treatment", "summary", "description", "site",
			"source-url", "url", "author", "published", "date", "reviewed", "review-due", "source-type",
			TagCorrections.REMOVE, TagCorrections.ADD);

	/** Common fields of Hugo and Jekyll exports that say nothing the library shows. */
	static final Set<String> PASSED_OVER = Set.of("tags", "categories", "keywords", "draft", "layout", "permalink",
			"aliases", "lastmod", "updated", "modified", "publishdate", "expirydate", "weight", "type", "toc",
			"comments", "image", "images", "featured_image", "cover", "lang", "language", "excerpt", "series", "menu",
			"id", "sitemap", "authors", "translationkey");

	static final int MAX_TEXT_CHARS = 200;

	static final int MAX_URL_CHARS = 2000;

	private static final Pattern DATE = Pattern.compile("\\A(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?\\z", Pattern.DOTALL);

	private final Map<?, ?> map;

	private final String where;

	private final List<String> warnings;

	FieldReader(Map<?, ?> map, String where, List<String> warnings) {
		this.map = map;
		this.where = where;
		this.warnings = warnings;
	}

	EditorialFields read() throws BadArticleException {
		warnUnknown();
		String summary = text("summary");
		if (summary == null) {
			summary = quietText("description");
		}
		SourceFields source = new SourceFields(shortText("site"), sourceUrl(), author(), date("published", "date"),
				date("reviewed"), date("review-due"), sourceType());
		return new EditorialFields(text("title"), text("slug"), text("treatment"), summary, source,
				TagCorrections.read(map, where, this::warn));
	}

	private void warnUnknown() {
		List<String> unknown = new ArrayList<>();
		for (Object key : new TreeSet<>(map.keySet().stream().map(String::valueOf).toList())) {
			String name = key.toString();
			String lower = name.toLowerCase(Locale.ROOT);
			if (!READ.contains(name) && !PASSED_OVER.contains(lower)) {
				unknown.add(SafeYaml.quoted(name) + hint(lower));
			}
		}
		if (!unknown.isEmpty()) {
			warnings.add(where + ": unknown field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
					+ " left out");
		}
	}

	/** " (did you mean 'title'?)" for a name a letter or two from a field read, else "". */
	static String hint(String name) {
		if (name.length() < 4) {
			return "";
		}
		return READ.stream()
			.filter(known -> distance(name, known) <= 2)
			.min((one, other) -> distance(name, one) - distance(name, other))
			.map(known -> " (did you mean '" + known + "'?)")
			.orElse("");
	}

	/** Edits from one name to the other, two letters swapped counting as one (titel, title). */
	static int distance(String one, String other) {
		int[][] d = new int[one.length() + 1][other.length() + 1];
		for (int i = 0; i <= one.length(); i++) {
			for (int j = 0; j <= other.length(); j++) {
				if (i == 0 || j == 0) {
					d[i][j] = i + j;
					continue;
				}
				int cost = one.charAt(i - 1) == other.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && one.charAt(i - 1) == other.charAt(j - 2) && one.charAt(i - 2) == other.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[one.length()][other.length()];
	}

	/** A field that must be text: anything else refuses the entry, as before. */
	private String text(String key) throws BadArticleException {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw new BadArticleException(where + ", field '" + key + "': must be text, not " + kind(value));
		}
		return blankAsNull(text);
	}

	/** A field that should be text: anything else is left out with a warning. */
	private String quietText(String key) {
		Object value = map.get(key);
		if (value == null || value instanceof String) {
			return value == null ? null : blankAsNull((String) value);
		}
		warn(key, "must be text, not " + kind(value));
		return null;
	}

	private String shortText(String key) {
		String text = quietText(key);
		return text == null ? null : Headlines.shorten(text, MAX_TEXT_CHARS);
	}

	/** Jekyll writes authors as a list, or as a mapping with a name. */
	private String author() {
		Object value = map.get("author");
		if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance) && !list.isEmpty()) {
			return Headlines.shorten(String.join(", ", list.stream().map(String.class::cast).toList()), MAX_TEXT_CHARS);
		}
		if (value instanceof Map<?, ?> person && person.get("name") instanceof String name) {
			return Headlines.shorten(name, MAX_TEXT_CHARS);
		}
		return shortText("author");
	}

	private String sourceUrl() {
		String key = map.containsKey("source-url") ? "source-url" : "url";
		String url = quietText(key);
		if (url == null) {
			return null;
		}
		// Hugo's "url" is the page's path on the exported site, not where it came from.
		if (key.equals("url") && url.startsWith("/")) {
			return null;
		}
		if (url.length() > MAX_URL_CHARS || !WebAddress.isHttp(url)) {
			warn(key, SafeYaml.quoted(url) + " is not an http(s) address like https://example.org/page");
			return null;
		}
		return url;
	}

	/** The first of {@code keys} given, as a date; a date-time counts as its day. */
	private LocalDate date(String... keys) {
		for (String key : keys) {
			String text = quietText(key);
			if (text == null) {
				continue;
			}
			Matcher matcher = DATE.matcher(text.strip());
			try {
				if (matcher.matches()) {
					return LocalDate.parse(matcher.group(1));
				}
			}
			catch (DateTimeParseException ex) {
				// a day that does not exist, like 2024-02-30: told below
			}
			warn(key, SafeYaml.quoted(text) + " is not a date like 2024-01-31");
			return null;
		}
		return null;
	}

	private SourceType sourceType() {
		String name = quietText("source-type");
		if (name == null) {
			return null;
		}
		return SourceType.of(name).orElseGet(() -> {
			warn("source-type", SafeYaml.quoted(name) + " is not one of " + SourceType.names());
			return null;
		});
	}

	private void warn(String key, String problem) {
		warnings.add(where + ", field '" + key + "': " + problem + "; left out");
	}

	private static String kind(Object value) {
		return value instanceof Map ? "a mapping" : "a list";
	}

	private static String blankAsNull(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
