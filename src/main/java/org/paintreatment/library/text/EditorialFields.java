package org.paintreatment.library.text;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.paintreatment.library.kernel.SafeYaml;

/**
 * The fields an editor may set for an article, in front matter or in the catalog. Any may be
 * absent (null), in which case the importer derives the value from the text.
 */
public record EditorialFields(String title, String slug, String treatment, String summary) {

	public static final EditorialFields NONE = new EditorialFields(null, null, null, null);

	static final Set<String> KNOWN = Set.of("title", "slug", "treatment", "summary");

	/**
	 * Reads the fields from a mapping as {@code SafeYaml} reads it (text, lists, mappings),
	 * refusing unknown keys and values that are not text.
	 */
	public static EditorialFields fromMap(Map<?, ?> map, String where) throws BadArticleException {
		if (map == null) {
			return NONE;
		}
		Set<String> unknown = new TreeSet<>();
		for (Object key : map.keySet()) {
			if (!KNOWN.contains(String.valueOf(key))) {
				unknown.add(SafeYaml.shown(String.valueOf(key)));
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
		if (!(value instanceof String text)) {
			String kind = value instanceof Map ? "a mapping" : "a list";
			throw new BadArticleException(where + ", field '" + key + "': must be text, not " + kind);
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
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
