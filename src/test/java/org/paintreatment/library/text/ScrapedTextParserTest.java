package org.paintreatment.library.text;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScrapedTextParserTest {

	private final ScrapedTextParser parser = new ScrapedTextParser();

	@Test
	void headingWithoutClosingPunctuationIsAHeading() {
		assertThat(parser.parse("The History of Ketamine in Pain Management"))
			.containsExactly(Block.heading("The History of Ketamine in Pain Management"));
	}

	@Test
	void lineEndingInAFullStopIsAParagraph() {
		assertThat(parser.parse("Ketamine was developed in the 1960s."))
			.containsExactly(Block.paragraph("Ketamine was developed in the 1960s."));
	}

	@Test
	void lineEndingInAColonIsAParagraph() {
		assertThat(parser.parse("Immediate pain relief can occur due to various mechanisms:"))
			.containsExactly(Block.paragraph("Immediate pain relief can occur due to various mechanisms:"));
	}

	@Test
	void titleCaseQuestionIsAHeading() {
		assertThat(parser.parse("The Million-Dollar Question: How Long Does the Relief Last?"))
			.containsExactly(Block.heading("The Million-Dollar Question: How Long Does the Relief Last?"));
	}

	@Test
	void questionInSentenceCaseIsAParagraph() {
		assertThat(parser.parse("But what exactly is ketamine?")).containsExactly(Block.paragraph("But what exactly is ketamine?"));
	}

	@Test
	void longLineWithoutPunctuationIsAParagraph() {
		String line = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen";

		assertThat(parser.parse(line)).containsExactly(Block.paragraph(line));
	}

	@Test
	void lineOfSixteenWordsWithoutPunctuationIsAHeading() {
		String line = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";

		assertThat(parser.parse(line)).containsExactly(Block.heading(line));
	}

	@Test
	void lineOfExactlyTheHeadingLengthIsAHeadingAndOneCharacterMoreIsAParagraph() {
		String line = "Acupuncture ".repeat(9) + "Acupunctures";
		assertThat(line).hasSize(ScrapedTextParser.MAX_HEADING_CHARS);

		assertThat(parser.parse(line)).containsExactly(Block.heading(line));
		assertThat(parser.parse(line + "s")).containsExactly(Block.paragraph(line + "s"));
	}

	@Test
	void dashOrBulletStartsAListItem() {
		assertThat(parser.parse("- Endorphin Release: it helps.\n\u2022 Second point\n* Third point"))
			.containsExactly(Block.listItem("Endorphin Release: it helps."), Block.listItem("Second point"),
					Block.listItem("Third point"));
	}

	@Test
	void hyphenWithoutSpaceIsNoListItem() {
		assertThat(parser.parse("-5 degrees is cold.")).containsExactly(Block.paragraph("-5 degrees is cold."));
	}

	@Test
	void blankLinesAndSurroundingSpaceAreIgnored() {
		assertThat(parser.parse("\n   First paragraph here.  \n\n\t\nSecond paragraph here.\n"))
			.containsExactly(Block.paragraph("First paragraph here."), Block.paragraph("Second paragraph here."));
	}

	@Test
	void mixedArticleKeepsItsStructureInOrder() {
		List<Block> blocks = parser.parse("""
				How Long Does Ketamine Pain Relief Last
				You're likely here because you're dealing with pain.
				Factors Affecting Duration
				- Dosage matters.
				- So does the method.
				""");

		assertThat(blocks).containsExactly(Block.heading("How Long Does Ketamine Pain Relief Last"),
				Block.paragraph("You're likely here because you're dealing with pain."),
				Block.heading("Factors Affecting Duration"), Block.listItem("Dosage matters."),
				Block.listItem("So does the method."));
	}

	@Test
	void titleGluedToTheEndOfTheFirstParagraphIsSplitOff() {
		List<Block> blocks = parser.parse("Thanks to medical advancements, relief is within reach. One key player is ketamine. "
				+ "How Does Ketamine Work For Pain\nBut what exactly is ketamine?");

		assertThat(blocks).containsExactly(
				Block.paragraph("Thanks to medical advancements, relief is within reach. One key player is ketamine."),
				Block.heading("How Does Ketamine Work For Pain"), Block.paragraph("But what exactly is ketamine?"));
	}

	@Test
	void gluedTitlesOfThreeAndOfTwelveWordsAreSplitOff() {
		String paragraph = "Thanks to medical advancements, relief from chronic pain is now within reach for many people.";

		for (String title : List.of("Ketamine Pain Relief", "How Ketamine Works For Pain And What Doctors Say About Its Risks")) {
			assertThat(parser.parse(paragraph + " " + title)).as(title)
				.containsExactly(Block.paragraph(paragraph), Block.heading(title));
		}
	}

	@Test
	void titleGluedAfterAQuotedSentenceIsSplitOffAfterTheQuote() {
		String paragraph = "The nurse who has treated patients with chronic back pain for many years told us plainly: \"it works.\"";

		assertThat(parser.parse(paragraph + " Ketamine Pain Relief Guide"))
			.containsExactly(Block.paragraph(paragraph), Block.heading("Ketamine Pain Relief Guide"));
	}

	@Test
	void lowercaseTailAfterTheLastSentenceStaysInTheParagraph() {
		String line = "Thanks to medical advancements, relief from chronic pain is now within reach for many people. "
				+ "and some trailing words without an end";

		assertThat(parser.parse(line)).containsExactly(Block.paragraph(line));
	}

	@Test
	void shortTitleCaseTailOfTwoWordsStaysInTheParagraph() {
		String line = "Thanks to medical advancements, relief from chronic pain is now within reach for many people. Read More";

		assertThat(parser.parse(line)).containsExactly(Block.paragraph(line));
	}

	@Test
	void wordsAreCountedBetweenWhitespace() {
		assertThat(ScrapedTextParser.wordCount("  one two\tthree\nfour ")).isEqualTo(4);
		assertThat(ScrapedTextParser.wordCount("   ")).isZero();
	}


	/** The definition {@link ScrapedTextParser#isTitleCase} implements, in regular expressions. */
	private static boolean isTitleCaseByRegex(String text) {
		int significant = 0;
		int capitalised = 0;
		for (String word : text.split("\\s+")) {
			String letters = word.replaceAll("^[^\\p{L}]+", "");
			if (letters.length() >= 4) {
				significant++;
				capitalised += Character.isUpperCase(letters.charAt(0)) ? 1 : 0;
			}
		}
		return significant > 0 && capitalised * 10 >= significant * 7;
	}

	@Test
	void seventyPercentOfCapitalisedLongWordsIsTitleCase() {
		assertThat(ScrapedTextParser.isTitleCase("Ketamine Infusions Relieve Chronic Nerve Pain Fast with care daily")).isTrue();
		assertThat(ScrapedTextParser.isTitleCase("Ketamine Infusions Relieve Chronic Nerve Pain fast with care daily")).isFalse();
	}

	@Test
	void titleCaseIsDecidedAsTheRegularExpressionsDefineIt() {
		String[] pieces = { "Pain", "pain", "Relief", "of", "the", " ", "  ", "\t", "\u00A0", "\"", "(", "1990s", "--",
				"\u00C9tude", "\u00E9tude", "\uD835\uDC00bcd", "\u01C5ungla", "\u0301Abcd", "Ab", "A" };
		Random random = new Random(20261121);
		for (int text = 0; text < 20_000; text++) {
			StringBuilder line = new StringBuilder();
			for (int piece = random.nextInt(10); piece >= 0; piece--) {
				line.append(pieces[random.nextInt(pieces.length)]);
			}
			assertThat(ScrapedTextParser.isTitleCase(line.toString())).as("\"%s\"", line)
				.isEqualTo(isTitleCaseByRegex(line.toString()));
		}
	}

}
