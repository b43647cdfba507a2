package org.paintreatment.library.search;

/**
 * A mechanism or caveat an article is filed under: its slug and its name.
 */
public record TagName(long articleId, String slug, String name) {

}
