package org.paintreatment.library.taxonomy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

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

	@Test
	void lettersAndDigitsAtTheEndsOfTheirRangesAreWordCharacters() {
		for (String text : List.of("Zz Aa 09 90", "Zz Aa 09 90 caf\u00E9")) {
			List<String> tokens = Tokens.stemmed(text);

			assertThat(tokens).as(text).startsWith("zz", "aa", "09", "90");
			assertThat(Tokens.stemmed(text, new Vocabulary(tokens))).as(text).isEqualTo(tokens);
		}
	}

	@Test
	void aLetterBeyondTheBasicPlaneIsPartOfItsWord() {
		// U+10400, a Deseret capital letter: two chars, a letter, and not changed by NFKD.
		String text = "x\uD801\uDC00y caf\u00E9";
		List<String> tokens = Tokens.stemmed(text);

		assertThat(tokens).containsExactly("x\uD801\uDC28y", "cafe");
		assertThat(Tokens.stemmed(text, new Vocabulary(tokens))).isEqualTo(tokens);
	}

	@Test
	void withAVocabularyKnownWordsAreTheVocabularysOwnAndOthersAreOther() {
		String receptor = new String("receptor");
		Vocabulary vocabulary = new Vocabulary(List.of(receptor, "vary", "cafe", "not"));

		List<String> tokens = Tokens.stemmed("Receptors vary, NOT caf\u00E9s; stress.", vocabulary);

		assertThat(tokens).containsExactly("receptor", "vary", "not", "cafe", Tokens.OTHER);
		assertThat(tokens.get(0)).isSameAs(receptor);
	}

	@Test
	void withAVocabularyTheTokensAreThoseOfTheWholeTokeniser() {
		String[] pieces = { "Receptor", "receptors", "STUDIES", "varies", "ies", "Stress", "us", "is", "s", "nucleus",
				"caf\u00E9", "Caf\u00C9s", "na\u00EFve", "\u0130stanbul", "\u00DF", "\uFB01ne", "\u2167", "\u0663",
				"\uD835\uDC00s", " ", "-", "'", ".", "\u00A0", "\u2019", "42", "x", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" };
		Random random = new Random(20261121);
		for (int text = 0; text < 20_000; text++) {
			StringBuilder sentence = new StringBuilder();
			for (int piece = random.nextInt(8); piece >= 0; piece--) {
				sentence.append(pieces[random.nextInt(pieces.length)]);
			}
			List<String> all = Tokens.stemmed(sentence.toString());
			Set<String> known = new HashSet<>();
			all.forEach(token -> {
				if (random.nextBoolean()) {
					known.add(token);
				}
			});
			List<String> expected = all.stream().map(token -> known.contains(token) ? token : Tokens.OTHER).toList();

			assertThat(Tokens.stemmed(sentence.toString(), new Vocabulary(known))).as(sentence.toString())
				.isEqualTo(expected);
		}
	}

}
