package org.paintreatment.library.kernel;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a page or a page size is read from a request parameter: the digits 0 to 9 and nothing
 * else, which is stricter than {@link Integer#parseInt} and Spring's conversion; and what one page
 * of a longer list holds.
 */
class NumberParameterTest {

	@Test
	void plainDigitsAreANumberLeadingZerosIncluded() {
		assertThat(NumberParameter.wholeNumber("2")).hasValue(2);
		assertThat(NumberParameter.wholeNumber("02")).hasValue(2);
		assertThat(NumberParameter.wholeNumber("0")).hasValue(0);
		assertThat(NumberParameter.wholeNumber("000000000000017")).hasValue(17);
		assertThat(NumberParameter.wholeNumber("2147483647")).hasValue(Integer.MAX_VALUE);
	}

	@Test
	void whatJavaOrSpringWouldReadAsANumberIsNot() {
		for (String text : List.of("0x2", "0X2", "#2", "+2", "-2", "2 ", " 2", "\uFF12", "\u0662", "\u0968", "1e1",
				"2.0", "2,", "\u200B2", "2\u0000", "", "abc", "2147483648", "99999999999", "1".repeat(400))) {
			assertThat(NumberParameter.wholeNumber(text)).as("'%s'", text).isEqualTo(OptionalInt.empty());
		}
	}

	@Test
	void anAbsentPageIsTheFirstAndABadOneIsABadParameterNamingIt() {
		assertThat(NumberParameter.page(null)).isEqualTo(1);
		assertThat(NumberParameter.page("")).isEqualTo(1);
		assertThat(NumberParameter.page("3")).isEqualTo(3);
		assertThatThrownBy(() -> NumberParameter.page("0")).isInstanceOf(BadParameterException.class)
			.hasMessageContaining("'page'");
		assertThatThrownBy(() -> NumberParameter.page("-1")).isInstanceOf(BadParameterException.class);
	}

	@Test
	void aPageHoldsItsSliceOfTheListAndKnowsItsNeighbours() {
		List<Integer> all = List.of(1, 2, 3, 4, 5);
		assertThat(new Pagination(1, 2, 5).slice(all)).containsExactly(1, 2);
		assertThat(new Pagination(3, 2, 5).slice(all)).containsExactly(5);
		assertThat(new Pagination(3, 2, 5).pageCount()).isEqualTo(3);
		assertThat(new Pagination(3, 2, 5).hasNext()).isFalse();
		assertThat(new Pagination(2, 2, 5).hasPrevious()).isTrue();
		assertThat(new Pagination(4, 2, 5).isPastTheEnd()).isTrue();
		assertThat(new Pagination(4, 2, 5).slice(all)).isEmpty();
		assertThat(new Pagination(Integer.MAX_VALUE, 20, 5).slice(all)).isEmpty();
		assertThat(new Pagination(1, 20, 0).isPastTheEnd()).isFalse();
	}

}
