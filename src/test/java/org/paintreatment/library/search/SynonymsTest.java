package org.paintreatment.library.search;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.kernel.RulesProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SynonymsTest {

	static final Function<String, List<String>> NORMALISE = text -> LibraryAnalyzers.terms(LibraryAnalyzers.matching(), text);

	@Test
	void aListOfPhrasesMeansTheSameEveryWay() {
		Synonyms synonyms = Synonyms.parse("kratom, mitragyna speciosa", NORMALISE);

		assertThat(synonyms.longestAt(words("Mitragyna Speciosa tea"), 0).orElseThrow().phrases())
			.containsExactlyInAnyOrder("mitragyna speciosa", "kratom");
		assertThat(synonyms.longestAt(words("kratom"), 0).orElseThrow().phrases())
			.containsExactlyInAnyOrder("mitragyna speciosa", "kratom");
		assertThat(synonyms.longestAt(words("Mitragyna Speciosa tea"), 0).orElseThrow().length()).isEqualTo(2);
	}

	@Test
	void anArrowWorksOneWay() {
		Synonyms synonyms = Synonyms.parse("nmda blocker => nmda receptor antagonism", NORMALISE);

		assertThat(synonyms.longestAt(words("nmda blocker"), 0).orElseThrow().phrases())
			.containsExactly("nmda blocker", "nmda receptor antagonism");
		assertThat(synonyms.longestAt(words("nmda receptor antagonism"), 0)).isEmpty();
	}

	@Test
	void rulesIgnoreCaseAccentsAndPlurals() {
		Synonyms synonyms = Synonyms.parse("nmda antagonist, nmda receptor antagonism", NORMALISE);

		assertThat(synonyms.longestAt(words("NMDA Antagonists"), 0)).isPresent();
		assertThat(synonyms.longestAt(words("nmdá antagonist"), 0)).isPresent();
	}

	@Test
	void theLongestRuleWins() {
		Synonyms synonyms = Synonyms.parse("tens, transcutaneous electrical nerve stimulation\ntens unit => tens", NORMALISE);

		assertThat(synonyms.longestAt(words("a tens unit"), 1).orElseThrow().length()).isEqualTo(2);
		assertThat(synonyms.longestAt(words("a tens"), 1).orElseThrow().length()).isEqualTo(1);
		assertThat(synonyms.longestAt(words("a tens"), 0)).isEmpty();
	}

	@Test
	void commentsAndBlankLinesAreSkipped() {
		Synonyms synonyms = Synonyms.parse("# a comment\n\n  cbd, cannabidiol  # trailing\n", NORMALISE);

		assertThat(synonyms.size()).isEqualTo(2);
		assertThat(synonyms.vocabulary()).containsExactlyInAnyOrder("cbd", "cannabidiol");
	}

	@Test
	void aMistakeNamesItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> Synonyms.parse("cbd, cannabidiol\nkratom", NORMALISE))
			.withMessageStartingWith("line 2:");
		assertThatIllegalArgumentException().isThrownBy(() -> Synonyms.parse("a => b => c", NORMALISE))
			.withMessageStartingWith("line 1:");
		assertThatIllegalArgumentException().isThrownBy(() -> Synonyms.parse("kratom, ---", NORMALISE))
			.withMessageContaining("has no words");
		assertThatIllegalStateException().isThrownBy(() -> Synonyms.fromClasspath("/library/no-such-file.txt", NORMALISE));
	}

	@Test
	void theLibrarysFileHasTheRulesTheIssueAsksFor() {
		Synonyms synonyms = Synonyms.fromClasspath(RulesProperties.SYNONYMS, NORMALISE);

		assertThat(synonyms.longestAt(words("mitragyna speciosa"), 0).orElseThrow().phrases()).contains("kratom");
		assertThat(synonyms.longestAt(words("NMDA antagonist"), 0).orElseThrow().phrases())
			.contains("nmda receptor antagonism");
		assertThat(synonyms.longestAt(words("TENS"), 0).orElseThrow().phrases())
			.contains("transcutaneous electrical nerve stimulation");
	}

	private static List<String> words(String text) {
		return NORMALISE.apply(text);
	}

}
