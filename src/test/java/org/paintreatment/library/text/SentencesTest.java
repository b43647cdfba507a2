package org.paintreatment.library.text;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

	/** The definition that {@link Sentences#split} implements without a regular expression. */
	private static final Pattern BOUNDARY = Pattern
		.compile("(?<=[.!?][\"'\u201D\u2019)]?)\\s+(?=[\\p{Lu}\\p{N}\"'\u201C\u2018(])");

	private static List<String> byRegex(String text) {
		return Arrays.stream(BOUNDARY.split(text.strip())).filter(piece -> !piece.isBlank()).map(String::strip).toList();
	}

	@Test
	void proseIsSplitAfterFullStopsQuestionAndExclamationMarks() {
		assertThat(Sentences.split("Ketamine blocks NMDA. It works fast! Does it last? \"Not long,\" she said."))
			.containsExactly("Ketamine blocks NMDA.", "It works fast!", "Does it last?", "\"Not long,\" she said.");
	}

	@Test
	void abbreviationsBeforeLowercaseAndClosingQuotesAreKept() {
		assertThat(Sentences.split("See e.g. the review. He said \u201CStop.\u201D Then 3 more."))
			.containsExactly("See e.g. the review.", "He said \u201CStop.\u201D", "Then 3 more.");
	}

	@Test
	void carriageReturnFormFeedAndVerticalTabSeparateSentences() {
		assertThat(Sentences.split("One.\rTwo.\fThree.\u000BFour.\r\nFive."))
			.containsExactly("One.", "Two.", "Three.", "Four.", "Five.");
	}

	@Test
	void otherControlCharactersDoNotSeparateSentences() {
		assertThat(Sentences.split("One.\u001CTwo.\u0001Three.\u0085Four."))
			.containsExactly("One.\u001CTwo.\u0001Three.\u0085Four.");
	}

	@Test
	void sentencesAreThoseTheRegularExpressionFinds() {
		String[] pieces = { "word", "Word", "Pain", "3", " ", "  ", "\t", "\n", "\u00A0", ".", "!", "?", "..", "\"", "'",
				"\u201D", "\u2019", ")", "(", "\u201C", "\u2018", "\u00C9t\u00E9", "\u00E9t\u00E9", "\u2163", "\u0663", "?!" };
		Random random = new Random(20261121);
		for (int text = 0; text < 50_000; text++) {
			StringBuilder prose = new StringBuilder();
			for (int piece = random.nextInt(16); piece >= 0; piece--) {
				prose.append(pieces[random.nextInt(pieces.length)]);
			}
			assertThat(Sentences.split(prose.toString())).as("\"%s\"", prose).isEqualTo(byRegex(prose.toString()));
		}
	}

}
