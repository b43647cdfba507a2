package org.paintreatment.library.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.kernel.RulesProperties;

import static org.assertj.core.api.Assertions.assertThat;

class FillerWordsTest {

	static final FillerWords FILLER = FillerWords.parse("""
			# a comment
			how
			Does   # the form a query holds is the analysed one

			my
			""", text -> LibraryAnalyzers.terms(LibraryAnalyzers.english(), text));

	@Test
	void wordsAreKeptAsTheAnalysisGivesThem() {
		assertThat(FILLER.areAll(List.of("how"))).isTrue();
		assertThat(FILLER.areAll(LibraryAnalyzers.terms(LibraryAnalyzers.english(), "how does my"))).isTrue();
		assertThat(FILLER.size()).isEqualTo(3);
	}

	@Test
	void aClauseWithOneOtherWordIsNotFiller() {
		assertThat(FILLER.areAll(List.of("how", "acupuncture"))).isFalse();
		assertThat(FILLER.areAll(List.of())).isFalse();
	}

	@Test
	void theLibrarysListLoads() {
		FillerWords library = FillerWords.fromClasspath(RulesProperties.FILLER_WORDS,
				text -> LibraryAnalyzers.terms(LibraryAnalyzers.english(), text));

		assertThat(library.areAll(LibraryAnalyzers.terms(LibraryAnalyzers.english(), "How does what why can I"))).isTrue();
		assertThat(library.areAll(List.of("acupuncture"))).isFalse();
	}

}
