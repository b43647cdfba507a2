package org.paintreatment.library.text;

import java.time.LocalDate;

import org.paintreatment.library.taxonomy.SourceType;

/**
 * Where an article came from and when a librarian reviewed it, as front matter or the catalog
 * give them; any may be null (not known). {@code sourceType} is a librarian's override of the
 * detected type.
 */
public record SourceFields(String site, String url, String author, LocalDate published, LocalDate reviewed,
		LocalDate reviewDue, SourceType sourceType) {

	public static final SourceFields NONE = new SourceFields(null, null, null, null, null, null, null);

	/** These fields, with the gaps filled from {@code fallback}. */
	public SourceFields orElse(SourceFields fallback) {
		return new SourceFields(first(site, fallback.site), first(url, fallback.url), first(author, fallback.author),
				first(published, fallback.published), first(reviewed, fallback.reviewed),
				first(reviewDue, fallback.reviewDue), first(sourceType, fallback.sourceType));
	}

	private static <T> T first(T preferred, T fallback) {
		return preferred != null ? preferred : fallback;
	}

}
