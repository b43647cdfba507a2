package org.paintreatment.library.importer;

import java.util.Locale;

/**
 * The raw bytes of one article file, as read from the seeds folder.
 */
public record ArticleFile(String name, byte[] bytes) {

	public boolean isMarkdown() {
		return name.toLowerCase(Locale.ROOT).endsWith(".md");
	}

	public static boolean isArticleName(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return lower.endsWith(".txt") || lower.endsWith(".md");
	}

}
