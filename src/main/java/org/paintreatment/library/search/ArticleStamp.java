package org.paintreatment.library.search;

import java.time.Instant;

/**
 * A stored article's id and the time it was last imported: when the index holds another time for
 * it, its entry is stale.
 */
public record ArticleStamp(long id, Instant importedAt) {

}
