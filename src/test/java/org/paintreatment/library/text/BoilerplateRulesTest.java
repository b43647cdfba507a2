package org.paintreatment.library.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.paintreatment.library.kernel.HostileYaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BoilerplateRulesTest {

	private static BoilerplateRules parse(String yaml) {
		return BoilerplateRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "rules.yml");
	}

	@Test
	void patternsAreReadAsWritten() {
		BoilerplateRules rules = parse("remove-blocks: [\"(?i)avatar\", yes, 2024-01-01]\ntable-of-contents-labels: [contents]\n");

		assertThat(rules.removeBlocks()).extracting(Pattern::pattern).containsExactly("(?i)avatar", "yes", "2024-01-01");
		assertThat(rules.tableOfContentsLabels()).extracting(Pattern::pattern).containsExactly("contents");
	}

	@Test
	void summarySkipsAreOptionalButNeverBroken() {
		assertThat(parse("remove-blocks: []\ntable-of-contents-labels: []\n").summarySkips()).isEmpty();
		assertThat(parse("remove-blocks: []\ntable-of-contents-labels: []\nsummary-skips: [\"!\"]\n").summarySkips())
			.extracting(Pattern::pattern).containsExactly("!");
		assertThatIllegalStateException()
			.isThrownBy(() -> parse("remove-blocks: []\ntable-of-contents-labels: []\nsummary-skips: \"(unclosed\"\n"))
			.withMessage("rules.yml: 'summary-skips' must be a list of regular expressions");
		assertThatIllegalStateException()
			.isThrownBy(() -> parse("remove-blocks: []\ntable-of-contents-labels: []\nsummary-skips: [\"(unclosed\"]\n"))
			.withMessageStartingWith("rules.yml: bad pattern in 'summary-skips': (unclosed");
	}

	@Test
	void documentThatIsNotAMappingStopsTheLoadNamingTheFile() {
		assertThatIllegalStateException().isThrownBy(() -> parse("- avatar\n"))
			.withMessage("rules.yml: 'remove-blocks' must be a list of regular expressions");
	}

	@Test
	void emptyPatternStopsTheLoad() {
		assertThatIllegalStateException().isThrownBy(() -> parse("remove-blocks: [avatar, ~]\ntable-of-contents-labels: []\n"))
			.withMessage("rules.yml: 'remove-blocks' must be a list of regular expressions");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void aliasBombStopsTheLoadNamingTheFile() {
		assertThatIllegalStateException().isThrownBy(() -> parse(HostileYaml.aliasBombInAValue("remove-blocks")))
			.withMessageStartingWith("rules.yml: aliases (*name) are not allowed");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void deepNestingStopsTheLoadNamingTheFile() {
		assertThatIllegalStateException().isThrownBy(() -> parse("remove-blocks: " + HostileYaml.deepFlowSequence(10_000)))
			.withMessage("rules.yml: nested deeper than 16 levels (line 1)");
	}

	@Test
	void notYamlStopsTheLoadNamingTheFile() {
		assertThatIllegalStateException().isThrownBy(() -> parse("remove-blocks: [unclosed\n"))
			.withMessageStartingWith("rules.yml is not valid YAML: ");
	}

}
