package org.paintreatment.library.web.article;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the article list reads a number from a request parameter: the digits 0 to 9 and nothing
 * else, which is stricter than {@link Integer#parseInt} and Spring's conversion.
 */
class ArticleFilterParserTest {

	@Test
	void plainDigitsAreANumberLeadingZerosIncluded() {
		assertThat(ArticleFilterParser.wholeNumber("2")).hasValue(2);
		assertThat(ArticleFilterParser.wholeNumber("02")).hasValue(2);
		assertThat(ArticleFilterParser.wholeNumber("0")).hasValue(0);
		assertThat(ArticleFilterParser.wholeNumber("000000000000017")).hasValue(17);
		assertThat(ArticleFilterParser.wholeNumber("2147483647")).hasValue(Integer.MAX_VALUE);
	}

	@Test
	void whatJavaOrSpringWouldReadAsANumberIsNot() {
		for (String text : List.of("0x2", "0X2", "#2", "+2", "-2", "2 ", " 2", "\uFF12", "\u0662", "\u0968", "1e1",
				"2.0", "2,", "\u200B2", "2\u0000", "", "abc", "2147483648", "99999999999", "1".repeat(400))) {
			assertThat(ArticleFilterParser.wholeNumber(text)).as("'%s'", text).isEqualTo(OptionalInt.empty());
		}
	}

}
