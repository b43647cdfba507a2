package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paintreatment.library.kernel.BadYamlException;
import org.paintreatment.library.kernel.SafeYaml;

/**
 * A Markdown article: optional YAML front matter between "---" lines, then the Markdown body;
 * {@code warnings} tell of fields left out of the front matter.
 */
public record MarkdownSource(EditorialFields frontMatter, String body, List<String> warnings) {

	public MarkdownSource(EditorialFields frontMatter, String body) {
		this(frontMatter, body, List.of());
	}

	private static final Pattern FRONT_MATTER = Pattern
		.compile("\\A---[ \\t]*\\n(?:(.*?)\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);

	/** A few fields need little room; this is generous. */
	static final int MAX_CHARS = 64 * 1024;

	public static MarkdownSource parse(String text) throws BadArticleException {
		Matcher matcher = FRONT_MATTER.matcher(text);
		if (!matcher.find()) {
			return new MarkdownSource(EditorialFields.NONE, text);
		}
		String yaml = matcher.group(1);
		List<String> warnings = new ArrayList<>();
		EditorialFields fields = yaml == null ? EditorialFields.NONE : parseFrontMatter(yaml, warnings);
		return new MarkdownSource(fields, text.substring(matcher.end()), List.copyOf(warnings));
	}

	private static EditorialFields parseFrontMatter(String yaml, List<String> warnings) throws BadArticleException {
		Object parsed;
		try {
			// With the opening "---" line counted, a message's line number is the file's.
			parsed = SafeYaml.read("\n" + yaml, "front matter", MAX_CHARS);
		}
		catch (BadYamlException ex) {
			throw new BadArticleException(ex.getMessage());
		}
		if (parsed != null && !(parsed instanceof Map)) {
			throw new BadArticleException("front matter must be a mapping of fields, like 'title: ...'");
		}
		return EditorialFields.fromMap((Map<?, ?>) parsed, "front matter", warnings);
	}

}
