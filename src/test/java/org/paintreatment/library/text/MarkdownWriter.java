package org.paintreatment.library.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes parsed blocks as Markdown, escaping the text so that scraped punctuation is shown as
 * written and never read as Markdown or HTML syntax. This was how scraped text was rendered
 * (through flexmark); it stays as the reference that {@link ScrapedHtmlTest} holds the direct
 * rendering to.
 */
final class MarkdownWriter {

	private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>#&|~]");

	private static final Pattern LINE_START_MARKER = Pattern.compile("^([+\\-=]|\\d+(?=[.)]))");

	private MarkdownWriter() {
	}

	static String write(List<Block> blocks) {
		StringBuilder markdown = new StringBuilder();
		Block.Kind previous = null;
		for (Block block : blocks) {
			boolean continuesList = previous == Block.Kind.LIST_ITEM && block.kind() == Block.Kind.LIST_ITEM;
			if (previous != null) {
				markdown.append(continuesList ? "\n" : "\n\n");
			}
			markdown.append(prefix(block.kind())).append(escape(block.text()));
			previous = block.kind();
		}
		return markdown.append('\n').toString();
	}

	private static String prefix(Block.Kind kind) {
		return switch (kind) {
			case HEADING -> "## ";
			case SUBHEADING -> "### ";
			case LIST_ITEM -> "- ";
			case PARAGRAPH -> "";
		};
	}

	static String escape(String text) {
		String escaped = SPECIAL.matcher(text).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
		Matcher marker = LINE_START_MARKER.matcher(escaped);
		if (marker.find()) {
			String start = marker.group(1);
			escaped = start.matches("\\d+") ? start + "\\" + escaped.substring(start.length())
					: "\\" + escaped;
		}
		return escaped;
	}

}
