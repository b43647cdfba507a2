package org.paintreatment.library.taxonomy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhraseTest {

	@Test
	void phraseIsStoredAsStemmedTokens() {
		assertThat(Phrase.of("Opioid Receptors").tokens()).containsExactly("opioid", "receptor");
	}

	@Test
	void singularPhraseFindsThePlural() {
		Phrase phrase = Phrase.of("opioid receptor");

		assertThat(phrase.findIn(Tokens.stemmed("It binds to opioid receptors in the brain."), 0)).isEqualTo(3);
	}

	@Test
	void phraseMatchesWholeWordsOnly() {
		Phrase phrase = Phrase.of("consult");

		assertThat(phrase.findIn(Tokens.stemmed("Ask a consultant."), 0)).isEqualTo(-1);
		assertThat(phrase.findIn(Tokens.stemmed("Consult a doctor."), 0)).isZero();
	}

	@Test
	void gapMatchesUpToThreeWordsInBetween() {
		Phrase phrase = Phrase.of("vary * individuals");

		assertThat(phrase.findIn(Tokens.stemmed("effects vary individuals"), 0)).isEqualTo(1);
		assertThat(phrase.findIn(Tokens.stemmed("effects vary between individuals"), 0)).isEqualTo(1);
		assertThat(phrase.findIn(Tokens.stemmed("its effects vary widely between individuals"), 0)).isEqualTo(2);
		assertThat(phrase.findIn(Tokens.stemmed("effects vary very widely between individuals"), 0)).isEqualTo(1);
	}

	@Test
	void gapOfMoreThanThreeWordsDoesNotMatch() {
		Phrase phrase = Phrase.of("vary * individuals");

		assertThat(phrase.findIn(Tokens.stemmed("effects vary so very widely between individuals"), 0)).isEqualTo(-1);
	}

	@Test
	void phraseCutOffByTheEndOfTheTextIsNotFound() {
		assertThat(Phrase.of("side effect").findIn(Tokens.stemmed("Fewer effects on the side"), 0)).isEqualTo(-1);
		assertThat(Phrase.of("vary * individuals").findIn(Tokens.stemmed("Its effects vary widely"), 0)).isEqualTo(-1);
	}

	@Test
	void findInStartsAtTheGivenPosition() {
		Phrase phrase = Phrase.of("side effect");
		List<String> tokens = Tokens.stemmed("side effects here and side effects there");

		assertThat(phrase.findIn(tokens, 0)).isZero();
		assertThat(phrase.findIn(tokens, 1)).isEqualTo(4);
		assertThat(phrase.findIn(tokens, 5)).isEqualTo(-1);
	}

	@Test
	void phraseMayNotStartOrEndWithAGap() {
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.of("* individuals")).withMessageContaining("'*'");
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.of("vary *")).withMessageContaining("'*'");
	}

	@Test
	void phraseNeedsWords() {
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.of(" - ")).withMessageContaining("needs words");
	}

}
