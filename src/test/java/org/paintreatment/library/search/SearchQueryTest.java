package org.paintreatment.library.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paintreatment.library.search.SearchQuery.Part;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

	@Test
	void wordsStayWords() {
		assertThat(SearchQuery.parse("pain relief").parts()).containsExactly(new Part("pain relief", false, 0));
	}

	@Test
	void balancedQuotesMakeAPhrase() {
		assertThat(SearchQuery.parse("kratom \"opioid receptors\" brain").parts()).containsExactly(
				new Part("kratom ", false, 0), new Part("opioid receptors", true, 8), new Part(" brain", false, 25));
	}

	@Test
	void aLoneQuoteIsJustACharacter() {
		assertThat(SearchQuery.parse("\"opioid receptors\" \"unbalanced").parts()).containsExactly(
				new Part("opioid receptors", true, 1), new Part("  unbalanced", false, 18));
		assertThat(SearchQuery.parse("\"").parts()).isEmpty();
	}

	@Test
	void emptyQuotesAndBlankTextGiveNothing() {
		assertThat(SearchQuery.parse("\"\" ").isBlank()).isTrue();
		assertThat(SearchQuery.parse(null).isBlank()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "?", "~", "(", ")", "[", "]", ":", "\\", "AND", "OR NOT", "ketamine~2", "title:kratom",
			"(pain", "[1 TO 5]", "ket*", "\"a\" \"", "+pain -relief", "pain^10", "/regex/", "{}", "&&", "||", "!" })
	void queryParserSyntaxIsPlainText(String text) {
		SearchQuery query = SearchQuery.parse(text);

		assertThat(query.text()).isEqualTo(text);
		query.parts().forEach(part -> assertThat(text).contains(part.text().strip()));
	}

}
