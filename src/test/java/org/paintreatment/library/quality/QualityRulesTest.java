package org.paintreatment.library.quality;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class QualityRulesTest {

	private static final String KINDS = """
			sources: {phrases: [a study]}
			citations: {patterns: ["et al"]}
			disclosure: {phrases: [sponsored]}
			commercial: {phrases: [our clinic]}
			benefits: {phrases: [relief]}
			risks: {phrases: [nausea], tags: [side-effects]}
			uncertainty: {phrases: [unclear]}
			choices: {phrases: [surgery]}
			hype: {phrases: [miracle], except: [miracle berry]}
			credentials: {patterns: ["MD"]}
			""";

	private static QualityRules parse(String yaml) {
		return QualityRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "quality.yml");
	}

	@Test
	void readsEveryKindOfCue() {
		QualityRules rules = parse("negation-cues: [\"no\", not]\n" + KINDS);
		assertThat(rules.negationCues()).containsExactlyInAnyOrder("no", "not");
		assertThat(rules.cue("risks").tags()).containsExactly("side-effects");
		assertThat(rules.cue("hype").except()).hasSize(1);
	}

	@Test
	void theBundledFileHasEveryKind() {
		QualityRules rules = QualityRules.fromClasspath();
		assertThat(QualityRules.KINDS).allSatisfy(kind -> assertThat(rules.cue(kind)).isNotNull());
	}

	@Test
	void aMissingKindNamesIt() {
		assertThatIllegalStateException().isThrownBy(() -> parse(KINDS.replace("choices: {phrases: [surgery]}\n", "")))
			.withMessage("quality.yml: 'choices' is missing, or is not a mapping of phrases, patterns, tags, except");
	}

	@Test
	void aMisspelledKindOrFieldIsNotIgnored() {
		assertThatIllegalStateException().isThrownBy(() -> parse(KINDS + "hipe: {phrases: [wonder]}\n"))
			.withMessageContaining("unknown kind of cue 'hipe'");
		assertThatIllegalStateException().isThrownBy(() -> parse(KINDS.replace("{phrases: [relief]}", "{phrase: [relief]}")))
			.withMessage("quality.yml: 'benefits': unknown field 'phrase'; the fields are phrases, patterns, tags, except");
	}

	@Test
	void aBadPatternOrPhraseNamesTheKind() {
		assertThatIllegalStateException().isThrownBy(() -> parse(KINDS.replace("[\"MD\"]", "[\"(MD\"]")))
			.withMessageStartingWith("quality.yml: 'credentials' patterns: bad pattern (MD");
		assertThatIllegalStateException().isThrownBy(() -> parse(KINDS.replace("[surgery]", "[\"* surgery\"]")))
			.withMessageStartingWith("quality.yml: 'choices' phrases: phrase");
	}

}
