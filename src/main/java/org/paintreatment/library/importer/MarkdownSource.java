package org.paintreatment.library.importer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Markdown article: optional YAML front matter between "---" lines, then the Markdown body.
 */
public record MarkdownSource(EditorialFields frontMatter, String body) {

	private static final Pattern FRONT_MATTER = Pattern
		.compile("\\A---[ \\t]*\\n(?:(.*?)\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);

	public static MarkdownSource parse(String text) throws BadArticleException {
		Matcher matcher = FRONT_MATTER.matcher(text);
		if (!matcher.find()) {
			return new MarkdownSource(EditorialFields.NONE, text);
		}
		String yaml = matcher.group(1);
		EditorialFields fields = yaml == null ? EditorialFields.NONE : parseFrontMatter(yaml);
		return new MarkdownSource(fields, text.substring(matcher.end()));
	}

	private static EditorialFields parseFrontMatter(String yaml) throws BadArticleException {
		Object parsed;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			options.setCodePointLimit(64 * 1024);
			parsed = new Yaml(new SafeConstructor(options)).load(yaml);
		}
		catch (YAMLException ex) {
			throw new BadArticleException("front matter is not valid YAML: " + firstLine(ex.getMessage()));
		}
		if (parsed != null && !(parsed instanceof Map)) {
			throw new BadArticleException("front matter must be a mapping of fields, like 'title: ...'");
		}
		return EditorialFields.fromMap((Map<?, ?>) parsed, "front matter");
	}

	private static String firstLine(String message) {
		return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
	}

}
