package org.paintreatment.library.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleRepeatsTest {

	@Test
	void theSameWordsInAnotherCaseAndPunctuationRepeatTheTitle() {
		assertThat(TitleRepeats.repeats("Why Does Acupuncture Ease Back Pain?", "why does acupuncture ease back pain"))
			.isTrue();
		assertThat(TitleRepeats.repeats("Heat or ice: which helps a sprain?", "Heat or Ice \u2014 Which Helps a Sprain"))
			.isTrue();
	}

	@Test
	void aHeadingHoldingTheTitleWithAWordMoreRepeatsIt() {
		assertThat(TitleRepeats.repeats("Massage for Neck Pain: What to Expect",
				"Massage for neck pain: what to expect today")).isTrue();
		assertThat(TitleRepeats.repeats("Massage for neck pain: what to expect, explained",
				"Massage for Neck Pain: What to Expect")).isTrue();
	}

	@Test
	void aHeadingSharingOnlyPartOfTheTitleIsASection() {
		assertThat(TitleRepeats.repeats("Massage for Neck Pain: What to Expect and How Often",
				"Massage for Neck Pain")).isFalse();
		assertThat(TitleRepeats.repeats("How Long Does Massage Relief Last? Exploring Session Length",
				"How Long Does Massage Relief Last")).isFalse();
	}

	@Test
	void theSameWordsInAnotherOrderAreNoRepeat() {
		assertThat(TitleRepeats.repeats("Pain relief with heat", "Heat with pain relief")).isFalse();
	}

	@Test
	void aTitleShortenedFromTheHeadingRepeatsIt() {
		String heading = "Acupuncture and the Nervous System: An Unhurried Look at Needles, Nerves, Endorphins and What Studies Found";
		String title = Headlines.shorten(heading, Headlines.MAX_TITLE_CHARS);

		assertThat(title).endsWith("\u2026");
		assertThat(TitleRepeats.repeats(title, heading)).isTrue();
	}

	@Test
	void textWithoutWordsRepeatsNothing() {
		assertThat(TitleRepeats.repeats("#", "#")).isFalse();
		assertThat(TitleRepeats.repeats("Heat therapy", "!?")).isFalse();
	}

}
