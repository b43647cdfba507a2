package org.paintreatment.library.article;

import java.time.Instant;

/** What the Atom feed says of an article: where it is, what it is, and when it was last imported. */
public record FeedEntry(String slug, String title, String summary, Instant importedAt, String author) {

}
