package org.paintreatment.library.text;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BlockNestingTest {

	private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

	private static int deepest(String markdown) {
		return BlockNesting.deepest(PARSER.parse(markdown));
	}

	@Test
	void textWithoutQuotesOrListsHasNoLevels() {
		assertThat(deepest("")).isZero();
		assertThat(deepest("# Title\n\nA *paragraph* with **emphasis**.\n")).isZero();
	}

	@Test
	void aQuoteInAListInAQuoteIsThreeLevels() {
		assertThat(deepest("> - > deep\n")).isEqualTo(3);
	}

	@Test
	void theDeepestBranchCountsWhereverItIs() {
		assertThat(deepest("> > > three\n\nback at the top\n\n- one\n- also one\n")).isEqualTo(3);
		assertThat(deepest("- one\n\n  > two\n\ntop\n\n> one\n>\n> - two\n>   - three\n>     > four\n")).isEqualTo(4);
	}

	@Test
	void siblingsDoNotAddUp() {
		assertThat(deepest("> a\n\n<!-- -->\n\n> b\n\n<!-- -->\n\n> c\n")).isEqualTo(1);
		assertThat(deepest("- a\n- b\n- c\n\n1. d\n2. e\n")).isEqualTo(1);
	}

	@Test
	void aTreeDeeperThanTheLimitIsRefusedWithItsDepth() {
		BlockNesting.check(PARSER.parse(">".repeat(BlockNesting.MAX_LEVELS) + " fine\n"));

		assertThatExceptionOfType(BlockNesting.TooDeep.class)
			.isThrownBy(() -> BlockNesting.check(PARSER.parse(">".repeat(20_000) + " deep\n")))
			.withMessage("quotes or lists nested 20000 levels deep (at most 50)");
	}

}
