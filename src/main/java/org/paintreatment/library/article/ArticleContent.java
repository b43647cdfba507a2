package org.paintreatment.library.article;

/**
 * The imported content of an article, apart from its identity and tags.
 */
record ArticleContent(String title, String summary, String html, String plainText, String contentHash,
		String rulesFingerprint, int wordCount, int readingMinutes) {

}
