package org.paintreatment.library.taxonomy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

	@Test
	void tokensAreLowercaseWordsWithoutPunctuation() {
		assertThat(Tokens.stemmed("NMDA-Receptor, (glutamate)!")).containsExactly("nmda", "receptor", "glutamate");
	}

	@Test
	void accentsAreFolded() {
		assertThat(Tokens.stemmed("Café Naïve")).containsExactly("cafe", "naive");
	}

	@Test
	void pluralEndingsAreStemmed() {
		assertThat(Tokens.stemmed("receptors endorphins effects")).containsExactly("receptor", "endorphin", "effect");
	}

	@Test
	void iesBecomesY() {
		assertThat(Tokens.stemmed("varies studies")).containsExactly("vary", "study");
	}

	@Test
	void wordsEndingInSsUsOrIsAreNotStemmed() {
		assertThat(Tokens.stemmed("stress nucleus analysis")).containsExactly("stress", "nucleus", "analysis");
	}

	@Test
	void shortWordsAreNotStemmed() {
		assertThat(Tokens.stemmed("has was its")).containsExactly("has", "was", "its");
	}

	@Test
	void gapMarkerIsKeptOnlyWhenAsked() {
		assertThat(Tokens.stemmed("vary * individuals", true)).containsExactly("vary", "*", "individual");
		assertThat(Tokens.stemmed("vary * individuals")).containsExactly("vary", "individual");
	}

	@Test
	void emptyTextHasNoTokens() {
		assertThat(Tokens.stemmed("  ... ")).isEmpty();
	}

}
