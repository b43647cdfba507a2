package org.paintreatment.library.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryAnalyzersTest {

	@Test
	void englishStemsPluralsAndForms() {
		assertThat(english("migraines migraine")).isEqualTo("migraine migraine");
		assertThat(english("receptor receptors")).isEqualTo("receptor receptor");
		assertThat(english("studies relieving")).isEqualTo("study relieve");
	}

	@Test
	void pluralsThatKStemKeepsWholeAreFoldedToo() {
		for (String plural : List.of("side effects", "sessions", "nerves", "pains", "conditions", "points",
				"guidelines", "years")) {
			String singular = plural.substring(0, plural.length() - 1);
			assertThat(english(plural)).as(plural).isEqualTo(english(singular));
			assertThat(matching(plural)).as(plural).isEqualTo(matching(singular));
		}
	}

	@Test
	void englishIgnoresCaseAccentsPossessivesAndStopWords() {
		assertThat(english("KÉTAMINE Ketamine's café")).isEqualTo("ketamine ketamine cafe");
		assertThat(english("the relief of pain")).isEqualTo("relief pain");
	}

	@Test
	void aMisspellingIsNotStemmedIntoTheRightWord() {
		assertThat(english("ketamin")).isNotEqualTo(english("ketamine"));
		assertThat(english("kratum")).isNotEqualTo(english("kratom"));
	}

	@Test
	void tensStaysTheTreatment() {
		assertThat(english("TENS")).isEqualTo("tens");
	}

	@Test
	void punctuationAndQuerySyntaxAreNotWords() {
		assertThat(english("* ? ~ ( ) [ ] : \\ \" { } ^ + - ! && ||")).isEmpty();
		assertThat(english("ketamine~2 title:kratom")).isEqualTo("ketamine 2 title kratom");
	}

	@Test
	void wordsAroundAColonKeepTheirPlaceInTheText() {
		assertThat(LibraryAnalyzers.tokens(LibraryAnalyzers.english(), "Note:ketamine see:"))
			.extracting(token -> token.term() + "@" + token.start() + "-" + token.end())
			.containsExactly("note@0-4", "ketamine@5-13", "see@14-17");
		String longText = "pain:".repeat(3000) + "end";
		List<LibraryAnalyzers.Token> tokens = LibraryAnalyzers.tokens(LibraryAnalyzers.english(), longText);
		assertThat(tokens).hasSize(3001);
		assertThat(tokens.get(3000)).isEqualTo(new LibraryAnalyzers.Token("end", 3000, 15000, 15003));
	}

	@Test
	void phrasesKeepTheGapsOfStopWords() {
		assertThat(LibraryAnalyzers.tokens(LibraryAnalyzers.english(), "relief of pain"))
			.extracting(LibraryAnalyzers.Token::position)
			.containsExactly(0, 2);
	}

	@Test
	void surfaceKeepsWordsAsWritten() {
		assertThat(String.join(" ", LibraryAnalyzers.terms(LibraryAnalyzers.surface(), "The Migraines, KÉTAMINE")))
			.isEqualTo("the migraines ketamine");
	}

	private static String english(String text) {
		return String.join(" ", LibraryAnalyzers.terms(LibraryAnalyzers.english(), text));
	}

	private static String matching(String text) {
		return String.join(" ", LibraryAnalyzers.terms(LibraryAnalyzers.matching(), text));
	}

}
