package org.paintreatment.library.article;

import java.time.Instant;

/**
 * An article's list facts as one query reads them; {@code qualityMet} the ids of the quality
 * questions it meets, space-separated.
 */
public record ArticleRow(long id, String slug, String title, String summary, String treatment, int readingMinutes,
		Instant importedAt, String qualityMet) {

}
