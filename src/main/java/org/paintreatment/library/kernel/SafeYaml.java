package org.paintreatment.library.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The one way the library reads YAML (the catalog, front matter, the taxonomy and boilerplate
 * rules). SnakeYAML only composes the document, under limits ({@link YamlComposer}); this class
 * turns it into plain Java itself: mappings with text keys ({@code Map<String, Object>}, in
 * order), lists, and text as written ({@code yes}, {@code 2024-01-01} and {@code .nan} stay
 * those words), or null for an empty value. Nothing becomes an object of another kind, nothing
 * is expanded, and whatever the text, the only failure is a {@link BadYamlException} naming the
 * file, the place and the line.
 */
public final class SafeYaml {

	/** Deeper than any of our files needs (the taxonomy: 4), shallow enough for any stack. */
	public static final int MAX_DEPTH = 16;

	/**
	 * The most keys, values, lists and mappings in one document. Each costs SnakeYAML a few
	 * hundred bytes while it composes, so a character limit alone does not bound the heap (4 MB
	 * of "a," is two million values); at this limit the densest document composes in a 64 MB
	 * heap. Room for a catalog of 10,000 entries that set all four fields.
	 */
	public static final int MAX_NODES = 120_000;

	/** The most characters of a rule file (taxonomy, boilerplate): 150 times today's taxonomy. */
	public static final int MAX_RULE_FILE_CHARS = 1024 * 1024;

	private static final int MAX_SHOWN = 60;

	private SafeYaml() {
	}

	/**
	 * The document as plain Java: a {@code Map<String, Object>}, a {@code List<Object>}, a
	 * {@code String}, or null for an empty document.
	 * @param source the file's name, which every message starts with
	 * @param maxChars the most characters the document may have
	 */
	public static Object read(String yaml, String source, int maxChars) throws BadYamlException {
		Node root = YamlComposer.compose(yaml, source, maxChars);
		return root == null ? null : value(root, source);
	}

	/**
	 * A rule file (taxonomy, boilerplate), read as {@link #read} does; a mistake in it stops
	 * start-up, so it is an {@link IllegalStateException} naming the file.
	 */
	public static Object readRuleFile(InputStream in, String source) {
		try {
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), source, MAX_RULE_FILE_CHARS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the rule file " + source, ex);
		}
		catch (BadYamlException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/**
	 * A document that maps names to entries, each read on its own, so that a bad entry (or a
	 * name given twice) is left out and handed to {@code badEntry} while a bad document is
	 * refused whole.
	 */
	public static Map<String, Object> readEntries(String yaml, String source, int maxChars,
			BiConsumer<String, BadYamlException> badEntry) throws BadYamlException {
		Node root = YamlComposer.compose(yaml, source, maxChars);
		Map<String, Object> entries = new LinkedHashMap<>();
		if (root == null) {
			return entries;
		}
		if (!(root instanceof MappingNode mapping)) {
			throw refused(source, "must be a mapping of names to entries, not " + kind(root), root);
		}
		requireTag(root, Tag.MAP, "a plain mapping", source);
		Set<String> seen = new HashSet<>();
		Set<String> repeated = new HashSet<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String name = key(tuple.getKeyNode(), source);
			String where = source + ", entry " + quoted(name);
			if (!seen.add(name)) {
				entries.remove(name);
				if (repeated.add(name)) {
					badEntry.accept(name, refused(where, "is there more than once, and none of them counts", tuple.getKeyNode()));
				}
				continue;
			}
			try {
				entries.put(name, value(tuple.getValueNode(), where));
			}
			catch (BadYamlException ex) {
				badEntry.accept(name, ex);
			}
		}
		return entries;
	}

	private static Object value(Node node, String where) throws BadYamlException {
		if (node instanceof ScalarNode scalar) {
			return text(scalar, where);
		}
		if (node instanceof SequenceNode sequence) {
			requireTag(node, Tag.SEQ, "a plain list", where);
			List<Object> items = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				items.add(value(item, where + ", item " + (items.size() + 1)));
			}
			return items;
		}
		requireTag(node, Tag.MAP, "a plain mapping", where);
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Map.Entry<String, Node> child : children((MappingNode) node, where).entrySet()) {
			fields.put(child.getKey(), value(child.getValue(), where + ", field " + quoted(child.getKey())));
		}
		return fields;
	}

	/** A mapping's values by key: every key plain text, none twice. */
	private static Map<String, Node> children(MappingNode mapping, String where) throws BadYamlException {
		Map<String, Node> children = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			Node keyNode = tuple.getKeyNode();
			String key = key(keyNode, where);
			if (children.putIfAbsent(key, tuple.getValueNode()) != null) {
				throw refused(where, "the key " + quoted(key) + " is there twice", keyNode);
			}
		}
		return children;
	}

	private static String key(Node node, String where) throws BadYamlException {
		if (!(node instanceof ScalarNode scalar)) {
			throw refused(where, "a key must be plain text, not " + kind(node), node);
		}
		// A key is a name as written, even "null" or "~".
		if (!scalar.getTag().equals(Tag.NULL)) {
			requireTag(node, Tag.STR, "plain text", where + ", a key");
		}
		String key = scalar.getValue();
		String notText = notText(key);
		if (notText != null) {
			throw refused(where, "a key must be plain text: " + notText, node);
		}
		if (key.isBlank()) {
			throw refused(where, "a key is empty", node);
		}
		return key;
	}

	private static String text(ScalarNode scalar, String where) throws BadYamlException {
		if (scalar.getTag().equals(Tag.NULL)) {
			return null;
		}
		requireTag(scalar, Tag.STR, "plain text", where);
		String notText = notText(scalar.getValue());
		if (notText != null) {
			throw refused(where, "must be plain text: " + notText, scalar);
		}
		return scalar.getValue();
	}

	private static void requireTag(Node node, Tag plain, String what, String where) throws BadYamlException {
		if (!node.getTag().equals(plain)) {
			throw refused(where, "must be " + what + ", not " + shown(tagName(node.getTag()), MAX_SHOWN), node);
		}
	}

	/**
	 * Why the text is not plain text (a control character other than tab and line feed, half a
	 * surrogate pair, a noncharacter), or null when it is.
	 */
	public static String notText(String text) {
		for (int index = 0; index < text.length(); index += Character.charCount(text.codePointAt(index))) {
			int c = text.codePointAt(index);
			if (Character.isISOControl(c) && c != '\t' && c != '\n') {
				return codePoint(c) + " is a control character";
			}
			if (Character.getType(c) == Character.SURROGATE) {
				return codePoint(c) + " is half a character (an unpaired surrogate)";
			}
			if (Unicode.isNoncharacter(c)) {
				return codePoint(c) + " is not a character (a noncharacter)";
			}
		}
		return null;
	}

	private static String codePoint(int c) {
		return String.format("U+%04X", c);
	}

	private static String tagName(Tag tag) {
		String value = tag.getValue();
		return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
	}

	private static String kind(Node node) {
		return node instanceof ScalarNode ? "text" : node instanceof SequenceNode ? "a list" : "a mapping";
	}

	/** A name for a message: in quotes, cut short, what is not text shown as '?'. */
	public static String quoted(String name) {
		return "'" + shown(name) + "'";
	}

	/** A name for a message: cut short, what is not text shown as '?'. */
	public static String shown(String name) {
		return shown(name, MAX_SHOWN);
	}

	/**
	 * Text for a one-line message: line breaks and tabs as spaces (SnakeYAML quotes the rest of a
	 * line, break included), what is not plain text as '?', and cut short.
	 */
	static String shown(String text, int max) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().limit(max).forEach(c -> shown.appendCodePoint(Character.isWhitespace(c) ? ' '
				: notText(Character.toString(c)) == null ? c : '?'));
		return text.codePointCount(0, text.length()) > max ? shown + "…" : shown.toString();
	}

	static String line(Mark mark) {
		return mark == null ? "" : " (line " + (mark.getLine() + 1) + ")";
	}

	private static BadYamlException refused(String where, String problem, Node node) {
		return new BadYamlException(where + ": " + problem + line(node.getStartMark()));
	}

}
