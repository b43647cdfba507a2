package org.paintreatment.library.article;

import java.time.Instant;

/** An article's id and the time it was last imported: together, the version of its row. */
public record ArticleVersion(long id, Instant importedAt) {

}
