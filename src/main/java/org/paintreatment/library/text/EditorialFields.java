package org.paintreatment.library.text;

import java.util.List;
import java.util.Map;

/**
 * The fields an editor may set for an article, in front matter or in the catalog. Any may be
 * absent (null), in which case the importer derives the value from the text. The names read, and
 * those of Hugo and Jekyll exports read or passed over quietly, are in {@link FieldReader}.
 */
public record EditorialFields(String title, String slug, String treatment, String summary, SourceFields source,
		TagCorrections corrections) {

	public static final EditorialFields NONE = new EditorialFields(null, null, null, null, SourceFields.NONE,
			TagCorrections.NONE);

	public EditorialFields(String title, String slug, String treatment, String summary, SourceFields source) {
		this(title, slug, treatment, summary, source, TagCorrections.NONE);
	}

	public EditorialFields(String title, String slug, String treatment, String summary) {
		this(title, slug, treatment, summary, SourceFields.NONE);
	}

	/**
	 * Reads the fields from a mapping as {@code SafeYaml} reads it (text, lists, mappings). A
	 * title, slug, treatment or summary that is not text refuses the whole mapping; an unknown
	 * field, or a source or review field that cannot be read, is left out with a line added to
	 * {@code warnings}.
	 */
	public static EditorialFields fromMap(Map<?, ?> map, String where, List<String> warnings)
			throws BadArticleException {
		return map == null ? NONE : new FieldReader(map, where, warnings).read();
	}

	/** These fields, with the gaps filled from {@code fallback}; tag corrections are taken whole from one or the other. */
	public EditorialFields orElse(EditorialFields fallback) {
		return new EditorialFields(first(title, fallback.title), first(slug, fallback.slug),
				first(treatment, fallback.treatment), first(summary, fallback.summary), source.orElse(fallback.source),
				corrections.isEmpty() ? fallback.corrections : corrections);
	}

	private static String first(String preferred, String fallback) {
		return preferred != null ? preferred : fallback;
	}

}
