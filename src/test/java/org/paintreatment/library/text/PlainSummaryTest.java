package org.paintreatment.library.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractive summary, on paraphrased text.
 */
class PlainSummaryTest {

	private static final BoilerplateRules.Matchers RULES = BoilerplateRules.fromClasspath().matchers();

	private static Block paragraph(String text) {
		return new Block(Block.Kind.PARAGRAPH, text);
	}

	@Test
	void hypeQuestionsAndSalesLinesArePassedOver() {
		List<Block> blocks = List.of(
				paragraph("Picture a life where your aches simply vanish! This miracle therapy is changing everything."),
				paragraph("Have you wondered how it works? Heat therapy warms the muscles and eases stiffness in the"
						+ " lower back. It is usually applied for twenty minutes at a time."),
				paragraph("Call our office or schedule your visit today. Heat should not be used on fresh injuries"
						+ " or numb skin."));

		assertThat(PlainSummary.of(blocks, RULES)).isEqualTo("Heat therapy warms the muscles and eases stiffness in the lower back."
				+ " It is usually applied for twenty minutes at a time. Heat should not be used on fresh injuries or numb skin.");
	}

	@Test
	void atMostThreeSentencesThatFit() {
		List<Block> blocks = List.of(paragraph(
				"Massage relaxes tight muscles in the neck. It can ease tension headaches in some adults."
						+ " Sessions usually last about an hour each. Gentle pressure is used throughout the session."));

		assertThat(PlainSummary.of(blocks, RULES)).isEqualTo("Massage relaxes tight muscles in the neck."
				+ " It can ease tension headaches in some adults. Sessions usually last about an hour each.");
		assertThat(PlainSummary.of(List.of(paragraph(("Word after word in a very long sentence ").repeat(30) + ".")), RULES))
			.hasSizeLessThanOrEqualTo(Headlines.MAX_SUMMARY_CHARS);
	}

	@Test
	void firstPersonAndGameChangingClaimsAreNotSummaries() {
		assertThat(PlainSummary.isInformative("I have been there myself and it was hard to bear.", RULES)).isFalse();
		assertThat(PlainSummary.isInformative("This game-changing option is a real revolution for sufferers.", RULES)).isFalse();
		assertThat(PlainSummary.isInformative("Join us as we explore the science behind the remedy.", RULES)).isFalse();
		assertThat(PlainSummary.isInformative("Acupuncture places thin needles at chosen points on the skin.", RULES))
			.isTrue();
	}

	@Test
	void theSkipsAreTheLibrariansRules() {
		BoilerplateRules none = BoilerplateRules.parse(
				new ByteArrayInputStream("remove-blocks: []\ntable-of-contents-labels: []\n".getBytes(StandardCharsets.UTF_8)),
				"test.yml");
		BoilerplateRules ownWords = BoilerplateRules.parse(new ByteArrayInputStream(
				"remove-blocks: []\ntable-of-contents-labels: []\nsummary-skips: [\"(?i)\\\\bunbeatable\\\\b\"]\n"
					.getBytes(StandardCharsets.UTF_8)), "test.yml");
		String pitch = "This miracle therapy is changing everything for sufferers.";
		String shop = "Our unbeatable prices make the device the best buy of the year.";

		assertThat(PlainSummary.isInformative(pitch, none.matchers())).isTrue();
		assertThat(PlainSummary.isInformative(pitch, ownWords.matchers())).isTrue();
		assertThat(PlainSummary.isInformative(shop, ownWords.matchers())).isFalse();
		assertThat(PlainSummary.isInformative(pitch, RULES)).isFalse();
	}

	@Test
	void textWithNothingInformativeFallsBackToItsOpening() {
		List<Block> blocks = List.of(paragraph("Imagine feeling better! Book your session now."));

		assertThat(PlainSummary.of(blocks, RULES)).isEqualTo("Imagine feeling better! Book your session now.");
	}

}
