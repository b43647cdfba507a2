package org.paintreatment.library.quality;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReadabilityTest {

	@ParameterizedTest
	@CsvSource({ "cat, 1", "the, 1", "pain, 1", "make, 1", "makes, 1", "table, 2", "relief, 2", "relieved, 2",
			"doses, 2", "needed, 2", "ketamine, 3", "medication, 4", "acupuncture, 4", "readability, 5", "yoga, 2",
			"2019, 1" })
	void countsSyllables(String word, int syllables) {
		assertThat(Readability.syllables(word)).isEqualTo(syllables);
	}

	@Test
	void gradeFollowsTheFleschKincaidFormula() {
		// 2 sentences, 18 words, 20 syllables: 0.39 x 9 + 11.8 x 20/18 - 15.59 = 1.03
		List<String> text = List.of("The nurse will check your blood pressure first.",
				"Then the doctor starts a slow drip in your arm.");
		assertThat(Readability.grade(text)).isEqualTo(1.0);
	}

	@Test
	void longSentencesOfLongWordsReadHarder() {
		Double plain = Readability.grade(List.of("It can help. It may not work for you. Ask your doctor."));
		Double dense = Readability.grade(List.of("Intravenous administration of subanaesthetic ketamine concentrations "
				+ "demonstrated considerable analgesic efficacy in individuals experiencing treatment-resistant neuropathic pain."));
		assertThat(plain).isLessThan(8.0);
		assertThat(dense).isGreaterThan(12.0);
	}

	@Test
	void noWordsHaveNoGradeAndTheGradeStaysWithinItsColumn() {
		assertThat(Readability.grade(List.of())).isNull();
		assertThat(Readability.grade(List.of("...", "!"))).isNull();
		assertThat(Readability.grade(List.of("incomprehensibility ".repeat(2000)))).isEqualTo(Readability.MAX_GRADE);
	}

}
