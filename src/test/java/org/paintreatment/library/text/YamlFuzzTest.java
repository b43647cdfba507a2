package org.paintreatment.library.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.paintreatment.library.kernel.BadYamlException;
import org.paintreatment.library.kernel.SafeYaml;

/**
 * Jazzer fuzz tests of everything that reads YAML. The property: whatever the text, reading it
 * ends quickly either in our own refusal, one line of plain text that names the file, or in
 * values that are plain text ({@code yes} and dates as written, never {@code [B@...} or a control
 * character); no other exception and no Error ever comes out.
 *
 * <p>In the normal build they run once over each committed input under
 * {@code src/test/resources/org/paintreatment/library/importer/YamlFuzzTestInputs/<method>/}. To
 * fuzz one: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='YamlFuzzTest#catalog' -Djazzer.max_duration=5m}.
 */
class YamlFuzzTest {

	/**
	 * What "quickly" means here: an expansion never finishes, while instrumented code on a busy
	 * machine can take a couple of seconds for the 10,000-deep inputs when the JIT is still cold.
	 */
	static final long MILLIS = 10_000;

	/** Any text through {@link SafeYaml}, whole and entry by entry. */
	@FuzzTest(maxDuration = "30s")
	void yaml(byte[] input) {
		String yaml = new String(input, StandardCharsets.UTF_8);
		long start = System.nanoTime();
		try {
			checkTree(SafeYaml.read(yaml, "fuzz.yml", MarkdownSource.MAX_CHARS), 0, yaml);
		}
		catch (BadYamlException ex) {
			checkMessage(ex.getMessage(), "fuzz.yml");
		}
		try {
			checkTree(SafeYaml.readEntries(yaml, "fuzz.yml", MarkdownSource.MAX_CHARS,
					(name, ex) -> checkMessage(ex.getMessage(), "fuzz.yml, entry ")), 0, yaml);
		}
		catch (BadYamlException ex) {
			checkMessage(ex.getMessage(), "fuzz.yml");
		}
		checkFast(start);
	}

	/** Any text as a Markdown file's front matter. */
	@FuzzTest(maxDuration = "30s")
	void frontMatter(byte[] input) {
		String yaml = new String(input, StandardCharsets.UTF_8);
		long start = System.nanoTime();
		try {
			checkFields(MarkdownSource.parse("---\n" + yaml + "\n---\nBody.\n").frontMatter(), yaml);
		}
		catch (BadArticleException ex) {
			checkMessage(ex.getMessage(), "front matter");
		}
		checkFast(start);
	}

	/** Any text as {@code catalog.yml}: problems are plain lines, every entry's fields plain text. */
	@FuzzTest(maxDuration = "30s")
	void catalog(byte[] input) {
		String yaml = new String(input, StandardCharsets.UTF_8);
		long start = System.nanoTime();
		Catalog catalog = Catalog.parse(yaml);
		checkFast(start);
		catalog.problems().forEach(problem -> checkMessage(problem, Catalog.FILE_NAME));
		Map<String, Object> entries;
		try {
			entries = SafeYaml.readEntries(yaml, Catalog.FILE_NAME, Catalog.MAX_BYTES, (name, ex) -> {
			});
		}
		catch (BadYamlException ex) {
			check(catalog.problems().size() == 1, "a bad file is one problem: " + catalog.problems());
			return;
		}
		entries.keySet().forEach(name -> checkFields(catalog.entryFor(name), yaml));
	}

	private static void checkTree(Object value, int depth, String yaml) {
		check(depth <= SafeYaml.MAX_DEPTH, "nested " + depth + " deep");
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> {
				check(key instanceof String text && !text.isBlank(), "key " + key);
				checkText((String) key, yaml);
				checkTree(child, depth + 1, yaml);
			});
		}
		else if (value instanceof List<?> list) {
			list.forEach(item -> checkTree(item, depth + 1, yaml));
		}
		else if (value != null) {
			check(value instanceof String, "a " + value.getClass().getSimpleName() + ": " + value);
			checkText((String) value, yaml);
		}
	}

	private static void checkFields(EditorialFields fields, String yaml) {
		Stream.of(fields.title(), fields.slug(), fields.treatment(), fields.summary()).forEach(field -> {
			if (field != null) {
				check(!field.isBlank() && field.equals(field.strip()), "field '" + field + "'");
				checkText(field, yaml);
			}
		});
	}

	/** Plain text, and no object's toString (as a byte array's "[B@23ad245e") unless it was written so. */
	private static void checkText(String text, String yaml) {
		check(SafeYaml.notText(text) == null, SafeYaml.notText(text));
		check(!text.contains("[B@") || yaml.contains("[B@"), "an array's toString: " + text);
	}

	private static void checkMessage(String message, String start) {
		check(message != null && message.startsWith(start), "message '" + message + "' should start with " + start);
		check(message.indexOf('\n') < 0 && SafeYaml.notText(message) == null, "message not one plain line: " + message);
	}

	private static void checkFast(long startNanos) {
		long millis = (System.nanoTime() - startNanos) / 1_000_000;
		check(millis < MILLIS, "took " + millis + " ms");
	}

	private static void check(boolean condition, String problem) {
		if (!condition) {
			throw new AssertionError(problem);
		}
	}

}
