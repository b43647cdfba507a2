package org.paintreatment.library.text;

import java.util.Locale;

import org.paintreatment.library.kernel.Sha256;

/**
 * The raw bytes of one article file, as read from the seeds folder, and their SHA-256 (hex),
 * which tells whether the file changed since its import.
 */
public record ArticleFile(String name, byte[] bytes, String sha256) {

	public ArticleFile(String name, byte[] bytes) {
		this(name, bytes, Sha256.hex(bytes));
	}

	public boolean isMarkdown() {
		return name.toLowerCase(Locale.ROOT).endsWith(".md");
	}

	public static boolean isArticleName(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return lower.endsWith(".txt") || lower.endsWith(".md");
	}

}
