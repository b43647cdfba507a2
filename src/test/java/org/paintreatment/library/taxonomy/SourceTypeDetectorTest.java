package org.paintreatment.library.taxonomy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.taxonomy.SourceTypeDetector.Detected;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Source types from general phrases, on paraphrased text rather than any seed's wording.
 */
class SourceTypeDetectorTest {

	private static final List<String> NEUTRAL = List.of("Physiotherapy uses exercise to restore movement.",
			"Sessions usually last half an hour.", "Results differ from person to person.");

	private static List<String> with(List<String> more) {
		return new java.util.ArrayList<>(NEUTRAL) {
			{
				addAll(more);
			}
		};
	}

	@Test
	void invitationToBookMakesAProviderPageWithThatSentenceAsEvidence() {
		Detected detected = SourceTypeDetector
			.detect(with(List.of("To learn more, contact us today or schedule a consultation with our specialists.")));

		assertThat(detected.type()).isEqualTo(SourceType.PROVIDER);
		assertThat(detected.evidence()).startsWith("To learn more, contact us");
	}

	@Test
	void clinicSpeakingOfItselfIsAProvider() {
		assertThat(SourceTypeDetector.detect(with(List.of("Our clinic offers same-week visits."))).type())
			.isEqualTo(SourceType.PROVIDER);
	}

	@Test
	void signsCountWhateverTheirCaseButADatelineNeedsItsCapitals() {
		assertThat(SourceTypeDetector.detect(with(List.of("BOOK AN APPOINTMENT ONLINE TODAY."))).type())
			.isEqualTo(SourceType.PROVIDER);
		assertThat(SourceTypeDetector.detect(with(List.of("london - the trial ended early.", "According To officials,"
				+ " it was safe."))).type()).isNotEqualTo(SourceType.NEWS);
	}

	@Test
	void attributedReportsAndADatelineAreNews() {
		Detected detected = SourceTypeDetector.detect(with(List.of(
				"BOSTON (Wire) \u2014 A hospital group has opened a pain service.",
				"According to the health department, waiting lists have grown.")));

		assertThat(detected.type()).isEqualTo(SourceType.NEWS);
	}

	@Test
	void oneAttributionAloneIsNotNews() {
		assertThat(SourceTypeDetector.detect(with(List.of("According to some, it helps."))).type())
			.isEqualTo(SourceType.UNKNOWN);
	}

	@Test
	void studiesAndTrialsMakeAResearchSummary() {
		Detected detected = SourceTypeDetector.detect(with(List.of("A randomized trial enrolled 200 adults.",
				"Participants who received the drug slept better.",
				"A later meta-analysis pooled eleven studies.")));

		assertThat(detected.type()).isEqualTo(SourceType.RESEARCH);
	}

	@Test
	void oneStudyMentionedInALongPageIsNotAResearchSummary() {
		List<String> sentences = new java.util.ArrayList<>();
		for (int i = 0; i < 10; i++) {
			sentences.addAll(NEUTRAL);
		}
		sentences.add("One study found a small effect.");
		sentences.add("Another study disagreed.");
		sentences.add("A trial is under way.");

		assertThat(SourceTypeDetector.detect(sentences).type()).isEqualTo(SourceType.UNKNOWN);
	}

	@Test
	void firstPersonStoryIsAPersonalBlog() {
		Detected detected = SourceTypeDetector.detect(with(List.of("I tried a heat wrap for a month.",
				"My experience was mixed, and I was glad I kept notes.")));

		assertThat(detected.type()).isEqualTo(SourceType.BLOG);
	}

	@Test
	void plainInformationIsUnknown() {
		Detected detected = SourceTypeDetector.detect(NEUTRAL);

		assertThat(detected).isEqualTo(Detected.UNKNOWN);
		assertThat(SourceType.UNKNOWN.label()).isEqualTo("Unknown");
	}

	@Test
	void providerSignsComeBeforeResearchTalk() {
		Detected detected = SourceTypeDetector.detect(with(List.of("A randomized trial enrolled 200 adults.",
				"Participants slept better.", "A meta-analysis agreed.", "Book an appointment online.")));

		assertThat(detected.type()).isEqualTo(SourceType.PROVIDER);
	}

	@Test
	void typesAreReadByNameOrLabel() {
		assertThat(SourceType.of(" Provider ")).contains(SourceType.PROVIDER);
		assertThat(SourceType.of("personal blog")).contains(SourceType.BLOG);
		assertThat(SourceType.of("brochure")).isEmpty();
	}

}
