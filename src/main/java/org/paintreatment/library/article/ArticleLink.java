package org.paintreatment.library.article;

/**
 * An article as a link from the file it was imported from: for the import report.
 */
public record ArticleLink(String sourceFile, String slug, String title) {

	public String url() {
		return "/articles/" + slug;
	}

}
