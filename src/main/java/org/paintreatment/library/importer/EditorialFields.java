package org.paintreatment.library.importer;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields an editor may set for an article, in front matter or in the catalog. Any may be
 * absent (null), in which case the importer derives the value from the text.
 */
public record EditorialFields(String title, String slug, String treatment, String summary) {

	public static final EditorialFields NONE = new EditorialFields(null, null, null, null);

	static final Set<String> KNOWN = Set.of("title", "slug", "treatment", "summary");

	/** Reads the fields from a parsed YAML mapping, refusing unknown keys and non-text values. */
	public static EditorialFields fromMap(Map<?, ?> map, String where) throws BadArticleException {
		if (map == null) {
			return NONE;
		}
		Set<String> unknown = new TreeSet<>();
		for (Object key : map.keySet()) {
			if (!KNOWN.contains(String.valueOf(key))) {
				unknown.add(String.valueOf(key));
			}
		}
		if (!unknown.isEmpty()) {
			throw new BadArticleException(where + " has unknown field(s) " + unknown + "; known fields are " + new TreeSet<>(KNOWN));
		}
		return new EditorialFields(text(map, "title", where), text(map, "slug", where), text(map, "treatment", where),
				text(map, "summary", where));
	}

	private static String text(Map<?, ?> map, String key, String where) throws BadArticleException {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Map || value instanceof Iterable) {
			throw new BadArticleException(where + ": '" + key + "' must be a single line of text");
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	/** These fields, with the gaps filled from {@code fallback}. */
	public EditorialFields orElse(EditorialFields fallback) {
		return new EditorialFields(first(title, fallback.title), first(slug, fallback.slug),
				first(treatment, fallback.treatment), first(summary, fallback.summary));
	}

	private static String first(String preferred, String fallback) {
		return preferred != null ? preferred : fallback;
	}

}
