package org.paintreatment.library.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The read model's articles as text, one line each, tab-separated, to be stored and read back at
 * a restart ({@link StoredSnapshot}): id, slug, title, summary, treatment, reading minutes, then
 * the mechanisms, caveats, quality questions met and conditions, each a space-separated list.
 */
final class IndexedArticleLines {

	/** The first line: a format that changes is a stored snapshot that no longer counts. */
	static final String FORMAT = "indexed-articles\t1";

	private static final int FIELDS = 10;

	private IndexedArticleLines() {
	}

	static String format(List<IndexedArticle> articles) {
		StringBuilder text = new StringBuilder(articles.size() * 512).append(FORMAT).append('\n');
		for (IndexedArticle article : articles) {
			text.append(article.id()).append('\t').append(escape(article.slug())).append('\t');
			text.append(escape(article.title())).append('\t').append(escape(article.summary())).append('\t');
			text.append(escape(article.treatment())).append('\t').append(article.readingMinutes()).append('\t');
			text.append(joined(article.mechanisms())).append('\t').append(joined(article.caveats())).append('\t');
			text.append(joined(article.meets())).append('\t').append(joined(article.conditions())).append('\n');
		}
		return text.toString();
	}

	/** The articles of {@link #format}'s text; refused if the text is not in this format. */
	static List<IndexedArticle> parse(String text) {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
			throw new IllegalArgumentException("Not a stored read model of format " + FORMAT);
		}
		List<IndexedArticle> articles = new ArrayList<>(lines.size() - 1);
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split("\t", -1);
			if (fields.length != FIELDS) {
				throw new IllegalArgumentException("A stored read model's line has " + fields.length + " fields");
			}
			articles.add(new IndexedArticle(Long.parseLong(fields[0]), unescape(fields[1]), unescape(fields[2]),
					unescape(fields[3]), unescape(fields[4]), set(fields[6]), set(fields[7]),
					Integer.parseInt(fields[5]), set(fields[8]), set(fields[9])));
		}
		return articles;
	}

	/** Slugs and question ids hold no space; sorted, so the same article gives the same line. */
	private static String joined(Set<String> values) {
		return String.join(" ", new TreeSet<>(values));
	}

	private static Set<String> set(String field) {
		return field.isEmpty() ? Set.of() : Set.of(field.split(" "));
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static String unescape(String value) {
		if (value.indexOf('\\') < 0) {
			return value;
		}
		StringBuilder text = new StringBuilder(value.length());
		for (int at = 0; at < value.length(); at++) {
			char c = value.charAt(at);
			if (c == '\\' && at + 1 < value.length()) {
				char next = value.charAt(++at);
				text.append(switch (next) {
					case 't' -> '\t';
					case 'n' -> '\n';
					case 'r' -> '\r';
					default -> next;
				});
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

}
