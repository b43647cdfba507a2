package org.paintreatment.library.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@Test
	void slugIsLowercaseWordsJoinedByHyphens() {
		assertThat(Slugs.slugify("How Long Does Ketamine Pain Relief Last? Exploring Treatment Duration"))
			.isEqualTo("how-long-does-ketamine-pain-relief-last-exploring-treatment-duration");
	}

	@Test
	void apostrophesDisappearInsteadOfSplittingWords() {
		assertThat(Slugs.slugify("Kratom's Role")).isEqualTo("kratoms-role");
		assertThat(Slugs.slugify("Kratom\u2019s Role")).isEqualTo("kratoms-role");
	}

	@Test
	void accentsAreFolded() {
		assertThat(Slugs.slugify("Thérapie à la Kétamine: Ça Marche?")).isEqualTo("therapie-a-la-ketamine-ca-marche");
	}

	@Test
	void punctuationRunsBecomeOneHyphenAndEndsAreTrimmed() {
		assertThat(Slugs.slugify("  --Pain & Relief -- (2024)!  ")).isEqualTo("pain-relief-2024");
	}

	@Test
	void textWithoutLettersOrDigitsGivesAFallbackSlug() {
		assertThat(Slugs.slugify("?!")).isEqualTo("article");
		assertThat(Slugs.slugify(null)).isEqualTo("article");
	}

	@Test
	void longTextIsCutToEightyCharactersAtAHyphen() {
		String slug = Slugs.slugify("word ".repeat(30));

		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-").endsWith("word");
		assertThat(slug).isEqualTo("word-".repeat(15) + "word");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void longWordWithoutHyphensIsCutAtEightyCharacters() {
		assertThat(Slugs.slugify("a".repeat(100))).isEqualTo("a".repeat(80));
	}

	@Test
	void slugOfExactlyEightyCharactersIsKeptWhole() {
		String title = "abcd ".repeat(15) + "abcde";

		assertThat(Slugs.slugify(title)).isEqualTo("abcd-".repeat(15) + "abcde").hasSize(Slugs.MAX_LENGTH);
	}

	@Test
	void lastWordStartingAtTheMiddleIsCutInsteadOfDropped() {
		String slug = Slugs.slugify("a".repeat(40) + " " + "b".repeat(50));

		assertThat(slug).isEqualTo("a".repeat(40) + "-" + "b".repeat(39));
	}

	@Test
	void suffixIsAppended() {
		assertThat(Slugs.withSuffix("ketamine-for-pain", 2)).isEqualTo("ketamine-for-pain-2");
	}

	@Test
	void suffixKeepsTheSlugWithinEightyCharacters() {
		String slug = "abcd-".repeat(15) + "abcde";
		assertThat(slug).hasSize(80);

		String suffixed = Slugs.withSuffix(slug, 2);
		String suffixedTen = Slugs.withSuffix(slug, 10);

		assertThat(suffixed).hasSizeLessThanOrEqualTo(80).endsWith("-2").startsWith("abcd-abcd");
		assertThat(suffixedTen).hasSizeLessThanOrEqualTo(80).endsWith("-10");
		assertThat(Slugs.isValid(suffixed)).isTrue();
		assertThat(Slugs.isValid(suffixedTen)).isTrue();
	}

	@Test
	void suffixAfterACutAtAHyphenLeavesNoDoubleHyphen() {
		String slug = "a".repeat(77) + "-bc";
		assertThat(slug).hasSize(80);

		assertThat(Slugs.withSuffix(slug, 2)).isEqualTo("a".repeat(77) + "-2");
	}

	@Test
	void validSlugsAreRecognised() {
		assertThat(Slugs.isValid("ketamine-for-pain-2")).isTrue();
		assertThat(Slugs.isValid("Ketamine")).isFalse();
		assertThat(Slugs.isValid("ketamine--pain")).isFalse();
		assertThat(Slugs.isValid("-ketamine")).isFalse();
		assertThat(Slugs.isValid("k\u00e9tamine")).isFalse();
		assertThat(Slugs.isValid("a".repeat(81))).isFalse();
		assertThat(Slugs.isValid("")).isFalse();
		assertThat(Slugs.isValid(null)).isFalse();
	}

	@Test
	void lettersWithoutADecompositionAreSpelledOut() {
		assertThat(Slugs.slugify("Straße Øresund Łódź Æther")).isEqualTo("strasse-oresund-lodz-aether");
	}

}
