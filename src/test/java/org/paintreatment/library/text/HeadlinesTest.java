package org.paintreatment.library.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlinesTest {

	@Test
	void titleIsTheFirstHeading() {
		List<Block> blocks = List.of(Block.paragraph("Some intro text."), Block.heading("Ketamine for Migraines"),
				Block.heading("Later Section"));

		assertThat(Headlines.deriveTitle(blocks, "file.txt")).isEqualTo("Ketamine for Migraines");
	}

	@Test
	void withoutHeadingTheTitleIsTheFirstSentenceWithoutClosingPunctuation() {
		List<Block> blocks = List.of(Block.paragraph("Acupuncture can ease back pain. It takes several sessions."));

		assertThat(Headlines.deriveTitle(blocks, "file.txt")).isEqualTo("Acupuncture can ease back pain");
	}

	@Test
	void longFirstSentenceIsShortenedToNinetyCharactersAtAWordBoundary() {
		String sentence = "The immediate pain relief experienced after an acupuncture session can vary depending on several "
				+ "factors, including the individual and the nature of the pain.";

		String title = Headlines.deriveTitle(List.of(Block.paragraph(sentence)), "file.txt");

		assertThat(title).hasSizeLessThanOrEqualTo(Headlines.MAX_TITLE_CHARS).endsWith("\u2026");
		String kept = title.substring(0, title.length() - 1);
		assertThat(sentence).startsWith(kept);
		assertThat(sentence.charAt(kept.length())).isEqualTo(' ');
		assertThat(kept).isEqualTo("The immediate pain relief experienced after an acupuncture session can vary depending on");
	}

	@Test
	void longHeadingIsShortenedToo() {
		String heading = "Unraveling Kratom's Role in Pain Regulation: A Deep Dive into Its Mechanisms, Its Risks and Its Legal Status";

		String title = Headlines.deriveTitle(List.of(Block.heading(heading)), "file.txt");

		assertThat(title).hasSizeLessThanOrEqualTo(90).endsWith("\u2026").doesNotContain(",\u2026");
		assertThat(heading).startsWith(title.substring(0, title.length() - 1));
	}

	@Test
	void withoutTextTheTitleComesFromTheFileName() {
		assertThat(Headlines.deriveTitle(List.of(), "ketamine_for-pain.txt")).isEqualTo("ketamine for pain");
	}

	@Test
	void aSentenceOfOnlyPunctuationIsNoTitle() {
		List<Block> blocks = List.of(Block.paragraph("..."), Block.paragraph("!!! Acupuncture helps some people."));

		assertThat(Headlines.deriveTitle(blocks, "file.txt")).isEqualTo("Acupuncture helps some people");
	}

	@Test
	void withoutWordsInTextOrFileNameTheTitleIsUntitled() {
		assertThat(Headlines.deriveTitle(List.of(Block.paragraph("?!")), "_.txt")).isEqualTo(Headlines.UNTITLED);
	}

	@Test
	void shortTextIsKeptWithItsSpacesCollapsed() {
		assertThat(Headlines.shorten("  Ketamine \n for   pain ", 90)).isEqualTo("Ketamine for pain");
	}

	@Test
	void textOfExactlyTheLimitIsKeptWhole() {
		String text = "pain ".repeat(17) + "pain.";
		assertThat(text).hasSize(90);

		assertThat(Headlines.shorten(text, 90)).isEqualTo(text);
	}

	@Test
	void textIsCutAtTheLastSpaceWhenThatSpaceIsPastHalfTheLimit() {
		assertThat(Headlines.shorten("ketamines and infusions", 20)).isEqualTo("ketamines and\u2026");
		assertThat(Headlines.shorten("ketamine infusions", 16)).isEqualTo("ketamine infusi\u2026");
	}

	@Test
	void wordLongerThanHalfTheLimitIsCutInside() {
		assertThat(Headlines.shorten("a supercalifragilisticexpialidocious", 20)).hasSize(20).endsWith("\u2026");
	}

	@Test
	void summaryIsTheOpeningSentencesOfTheFirstParagraph() {
		List<Block> blocks = List.of(Block.heading("Title"), Block.listItem("A list item."),
				Block.paragraph("Ketamine helps. It is an anaesthetic. It is old."), Block.paragraph("Second paragraph."));

		assertThat(Headlines.deriveSummary(blocks)).isEqualTo("Ketamine helps. It is an anaesthetic. It is old.");
	}

	@Test
	void summaryStopsBeforeTheSentenceThatWouldPassTheLimit() {
		String first = "A".repeat(150) + ".";
		String second = "B".repeat(150) + ".";

		assertThat(Headlines.deriveSummary(List.of(Block.paragraph(first + " " + second)))).isEqualTo(first);
	}

	@Test
	void summaryKeepsTheSentencesThatFillTheLimitExactly() {
		String first = "A".repeat(150) + ".";
		String second = "B".repeat(Headlines.MAX_SUMMARY_CHARS - first.length() - 2) + ".";

		assertThat(Headlines.deriveSummary(List.of(Block.paragraph(first + " " + second)))).isEqualTo(first + " " + second)
			.hasSize(Headlines.MAX_SUMMARY_CHARS);
		assertThat(Headlines.deriveSummary(List.of(Block.paragraph(first + " B" + second)))).isEqualTo(first);
	}

	@Test
	void summaryOfOneOverlongSentenceIsShortened() {
		String sentence = "word ".repeat(100).strip() + ".";

		String summary = Headlines.deriveSummary(List.of(Block.paragraph(sentence)));

		assertThat(summary).hasSizeLessThanOrEqualTo(Headlines.MAX_SUMMARY_CHARS).endsWith("word\u2026");
	}

	@Test
	void summaryWithoutParagraphIsTheFirstBlock() {
		assertThat(Headlines.deriveSummary(List.of(Block.listItem("Only a list item")))).isEqualTo("Only a list item");
		assertThat(Headlines.deriveSummary(List.of())).isEmpty();
	}

}
