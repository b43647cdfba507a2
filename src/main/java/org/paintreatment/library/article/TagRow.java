package org.paintreatment.library.article;

/**
 * One tag of one article as one query reads it.
 */
public record TagRow(long articleId, String slug) {

}
