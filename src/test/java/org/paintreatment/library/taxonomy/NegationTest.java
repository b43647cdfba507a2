package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a cue before a phrase denies it, on tokens as the classifier and the quality checklist see them.
 */
class NegationTest {

	private static final Set<String> CUES = Set.of("no", "not", "without", "never");

	private static boolean denies(String words, int phraseStart, int window) {
		return Negation.denies(List.of(words.split(" ")), phraseStart, CUES, window);
	}

	@Test
	void aCueJustBeforeThePhraseDeniesIt() {
		assertThat(denies("relief without side effects", 2, 4)).isTrue();
		assertThat(denies("there is no cure", 3, 3)).isTrue();
	}

	@Test
	void aCueBeyondTheWindowDoesNot() {
		assertThat(denies("no one said the drug had side effects", 6, 4)).isFalse();
		assertThat(denies("no one said the drug had side effects", 6, 6)).isTrue();
	}

	@Test
	void aSecondCueCancelsTheFirst() {
		assertThat(denies("it is not without side effects", 4, 4)).isFalse();
	}

	@Test
	void theCueNearestThePhraseDecides() {
		assertThat(denies("not a drug without side effects", 4, 4)).isTrue();
	}

	@Test
	void aPhraseAtTheStartHasNoCue() {
		assertThat(denies("side effects are common", 0, 4)).isFalse();
	}

}
