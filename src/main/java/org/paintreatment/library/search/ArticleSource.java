package org.paintreatment.library.search;

import java.time.Instant;

/**
 * What the search index needs of one stored article, as one query reads it.
 */
public record ArticleSource(long id, String slug, String title, String summary, String plainText, Instant importedAt,
		String treatmentSlug, String treatmentName, int treatmentPosition) {

}
