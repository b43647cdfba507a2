package org.paintreatment.library.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SafeYamlTest {

	private static final int MAX = 64 * 1024;

	private static Object read(String yaml) throws BadYamlException {
		return SafeYaml.read(yaml, "test.yml", MAX);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mapping(String yaml) throws BadYamlException {
		return (Map<String, Object>) read(yaml);
	}

	private static String refusal(String yaml) {
		try {
			read(yaml);
		}
		catch (BadYamlException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("read without a problem: " + yaml);
	}

	@Test
	void mappingsListsAndTextComeOutAsPlainJavaInOrder() throws Exception {
		Object parsed = read("b: one\na: [two, {c: three}]\n");

		assertThat(parsed).isEqualTo(Map.of("b", "one", "a", List.of("two", Map.of("c", "three"))));
		assertThat(mapping("b: one\na: two\n").keySet()).containsExactly("b", "a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "yes", "no", "on", "true", "2024-01-01", "2024-01-01T10:00:00Z", ".nan", ".inf", "-.inf",
			"0x1F", "012", "1e3", "3.10", "1_000", "<<", "=" })
	void plainValuesAreTheTextAsWrittenNotWhatYamlWouldMakeOfThem(String written) throws Exception {
		assertThat(mapping("title: " + written + "\n").get("title")).isEqualTo(written);
	}

	@Test
	void emptyTildeAndNullAreNothingButQuotedTheyAreText() throws Exception {
		Map<String, Object> fields = mapping("a:\nb: ~\nc: null\nd: \"null\"\ne: ''\nf: !!str 2024-01-01\n");

		assertThat(fields.get("a")).isNull();
		assertThat(fields.get("b")).isNull();
		assertThat(fields.get("c")).isNull();
		assertThat(fields.get("d")).isEqualTo("null");
		assertThat(fields.get("e")).isEqualTo("");
		assertThat(fields.get("f")).isEqualTo("2024-01-01");
	}

	@Test
	void emptyDocumentIsNull() throws Exception {
		assertThat(read("")).isNull();
		assertThat(read("# only a comment\n")).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "!!binary aGVsbG8= | !!binary", "!!int 12 | !!int", "!!timestamp 2024-01-01 | !!timestamp",
			"!!bool yes | !!bool", "!!float .nan | !!float", "!local thing | !local",
			"!!java.net.URL [\"http://evil.example\"] | !!java.net.URL" })
	void explicitTagsAreRefusedNamingTheFieldAndTheTag(String value, String tag) {
		assertThat(refusal("title: Fine\nsummary: " + value + "\n")).startsWith("test.yml, field 'summary': must be ")
			.contains(", not " + tag + " (line 2)");
	}

	@Test
	void binaryIsRefusedAsPlainText() {
		assertThat(refusal("title: !!binary aGVsbG8=\n"))
			.isEqualTo("test.yml, field 'title': must be plain text, not !!binary (line 1)");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"a\\u0000b\" | U+0000 is a control character", "\"\\x07\" | U+0007 is a control character",
			"\"a\\rb\" | U+000D is a control character", "\"\\x7f\" | U+007F is a control character",
			"\"\\N\" | U+0085 is a control character", "\"\\x9b\" | U+009B is a control character",
			"\"\\uffff\" | U+FFFF is not a character", "\"\\ud800\" | U+D800 is half a character" })
	void escapesForWhatIsNotTextAreRefusedNamingTheField(String value, String problem) {
		assertThat(refusal("title: " + value + "\n")).startsWith("test.yml, field 'title': must be plain text: " + problem)
			.endsWith("(line 1)");
	}

	@Test
	void tabsAndLineBreaksAreText() throws Exception {
		assertThat(mapping("summary: \"a\\tb\\nc\"\n").get("summary")).isEqualTo("a\tb\nc");
	}

	@Test
	void messagesNeverHoldWhatIsNotText() {
		assertThat(refusal("title: a\u0000b\n")).startsWith("test.yml is not valid YAML: ").doesNotContain("\u0000");
		assertThat(refusal("title: !<a%00b> x\n")).startsWith("test.yml, field 'title': must be plain text, not ")
			.doesNotContain("\u0000");
	}

	@Test
	void messagesAreOneLineEvenWhenSnakeYamlQuotesALineBreak() {
		assertThat(refusal("title: \"Nul \\u0\"\nslug: x\n")).startsWith("test.yml is not valid YAML: ")
			.endsWith("(line 1)")
			.doesNotContain("\n");
		assertThat(refusal("title: \"a\\u0\u2028b\"\n")).doesNotContain("\u2028");
	}

	@Test
	void duplicateKeyIsRefusedNamingIt() {
		assertThat(refusal("title: One\nslug: one\ntitle: Two\n"))
			.isEqualTo("test.yml: the key 'title' is there twice (line 3)");
		assertThat(refusal("a:\n  title: One\n  title: Two\n"))
			.isEqualTo("test.yml, field 'a': the key 'title' is there twice (line 3)");
	}

	@Test
	void keysMustBePlainText() {
		assertThat(refusal("[a, b]: x\n")).isEqualTo("test.yml: a key must be plain text, not a list (line 1)");
		assertThat(refusal("? - a\n: x\n")).isEqualTo("test.yml: a key must be plain text, not a list (line 1)");
		assertThat(refusal("? {a: b}\n: x\n")).isEqualTo("test.yml: a key must be plain text, not a mapping (line 1)");
		assertThat(refusal("'': x\n")).isEqualTo("test.yml: a key is empty (line 1)");
		assertThat(refusal("!!int 1: x\n")).isEqualTo("test.yml, a key: must be plain text, not !!int (line 1)");
		assertThat(refusal("\"a\\u0000\": x\n"))
			.isEqualTo("test.yml: a key must be plain text: U+0000 is a control character (line 1)");
	}

	@Test
	void keysAreTheirTextEvenNullAndNumbers() throws Exception {
		assertThat(mapping("null: a\n1: b\nyes: c\n").keySet()).containsExactly("null", "1", "yes");
	}

	@Test
	void aliasesAreRefused() {
		assertThat(refusal("a: &x one\nb: *x\n"))
			.isEqualTo("test.yml: aliases (*name) are not allowed; write the value out (line 2)");
		assertThat(refusal("a: &x [one]\n*x : two\n"))
			.isEqualTo("test.yml: aliases (*name) are not allowed; write the value out (line 2)");
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.SECONDS)
	void aliasBombInAKeyIsRefusedBeforeAnythingExpands() {
		assertThat(refusal(HostileYaml.aliasBombInAKey())).startsWith("test.yml: aliases (*name) are not allowed");
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.SECONDS)
	void aliasBombInAValueIsRefusedBeforeAnythingExpands() {
		assertThat(refusal(HostileYaml.aliasBombInAValue("title"))).startsWith("test.yml: aliases (*name) are not allowed");
	}

	@Test
	void aliasThatRefersToItselfIsRefused() {
		assertThat(refusal("a: &a [*a]\n")).startsWith("test.yml: aliases (*name) are not allowed");
	}

	@Test
	void nestingUpToTheLimitIsRead() throws Exception {
		Object parsed = read(HostileYaml.deepFlowSequence(SafeYaml.MAX_DEPTH));

		for (int level = 1; level < SafeYaml.MAX_DEPTH; level++) {
			parsed = ((List<?>) parsed).get(0);
		}
		assertThat(parsed).isEqualTo(List.of());
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.SECONDS)
	void deeperNestingIsRefused() {
		assertThat(refusal(HostileYaml.deepFlowSequence(SafeYaml.MAX_DEPTH + 1)))
			.isEqualTo("test.yml: nested deeper than " + SafeYaml.MAX_DEPTH + " levels (line 1)");
		assertThat(refusal(HostileYaml.deepFlowSequence(10_000))).startsWith("test.yml: nested deeper than");
		assertThat(refusal("a:\n" + blockNesting(40))).startsWith("test.yml: nested deeper than");
	}

	@Test
	void documentLargerThanTheLimitIsRefusedUnread() {
		assertThatExceptionOfType(BadYamlException.class)
			.isThrownBy(() -> SafeYaml.read("title: " + "x".repeat(100), "test.yml", 100))
			.withMessage("test.yml: larger than 100 characters");
	}

	@Test
	void documentWithMoreNodesThanTheLimitIsRefused() throws Exception {
		assertThat(SafeYaml.read("[" + "a,".repeat(SafeYaml.MAX_NODES - 1) + "]", "test.yml", MAX * 10))
			.asList()
			.hasSize(SafeYaml.MAX_NODES - 1);
		assertThatExceptionOfType(BadYamlException.class)
			.isThrownBy(() -> SafeYaml.read("[" + "a,".repeat(SafeYaml.MAX_NODES) + "]", "test.yml", MAX * 10))
			.withMessage("test.yml: holds more than " + SafeYaml.MAX_NODES + " keys and values (line 1)");
	}

	@Test
	void syntaxErrorIsOneLineWithItsLineNumber() {
		assertThat(refusal("title: Fine\nsummary: [unclosed\n"))
			.startsWith("test.yml is not valid YAML: ")
			.endsWith("(line 3)")
			.doesNotContain("\n");
	}

	@Test
	void moreThanOneDocumentIsRefused() {
		assertThat(refusal("title: a\n---\ntitle: b\n")).startsWith("test.yml is not valid YAML: ")
			.contains("expected a single document");
	}

	@Test
	void entriesAreReadOneByOneSoABadOneIsLeftOutAndNamed() throws Exception {
		Map<String, String> bad = new LinkedHashMap<>();

		Map<String, Object> entries = SafeYaml.readEntries("""
				a.txt:
				  title: Fine
				b.txt:
				  title: !!binary aGVsbG8=
				c.txt:
				""", "catalog.yml", MAX, (name, ex) -> bad.put(name, ex.getMessage()));

		assertThat(entries).containsOnlyKeys("a.txt", "c.txt").containsEntry("a.txt", Map.of("title", "Fine"));
		assertThat(bad).containsExactly(
				Map.entry("b.txt", "catalog.yml, entry 'b.txt', field 'title': must be plain text, not !!binary (line 4)"));
	}

	@Test
	void entriesThatAreNotAMappingAreRefusedWhole() {
		List<String> bad = new ArrayList<>();

		assertThatExceptionOfType(BadYamlException.class)
			.isThrownBy(() -> SafeYaml.readEntries("- a.txt\n", "catalog.yml", MAX, (name, ex) -> bad.add(name)))
			.withMessage("catalog.yml: must be a mapping of names to entries, not a list (line 1)");
		assertThat(bad).isEmpty();
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.SECONDS)
	void entriesWithAnAliasBombInAKeyAreRefusedWhole() {
		assertThatExceptionOfType(BadYamlException.class)
			.isThrownBy(() -> SafeYaml.readEntries(HostileYaml.aliasBombInAKey(), "catalog.yml", MAX, (name, ex) -> {
			}))
			.withMessageStartingWith("catalog.yml: aliases (*name) are not allowed");
	}

	private static String blockNesting(int depth) {
		StringBuilder yaml = new StringBuilder();
		for (int level = 0; level < depth; level++) {
			yaml.append("  ".repeat(level + 1)).append("- \n");
		}
		return yaml.toString();
	}

}
