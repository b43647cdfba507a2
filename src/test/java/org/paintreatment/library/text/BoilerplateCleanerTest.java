package org.paintreatment.library.text;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateCleanerTest {

	private static final BoilerplateRules RULES = BoilerplateRules.fromClasspath();

	private final BoilerplateCleaner cleaner = new BoilerplateCleaner(RULES);

	private final ScrapedTextParser parser = new ScrapedTextParser();

	private List<Block> clean(String text) {
		return cleaner.clean("test.txt", parser.parse(text));
	}

	@Test
	void commentFormIsRemoved() {
		List<Block> blocks = clean("""
				Ketamine can relieve pain for weeks.
				Leave a Reply
				Your email address will not be published. Required fields are marked *
				Required fields are marked *
				Save my name, email, and website in this browser for the next time I comment.
				Post Comment
				Cancel reply
				""");

		assertThat(blocks).containsExactly(Block.paragraph("Ketamine can relieve pain for weeks."));
	}

	@Test
	void leaveACommentIsRemovedWhateverItsCase() {
		assertThat(clean("Real text stays here.\nLEAVE A COMMENT")).containsExactly(Block.paragraph("Real text stays here."));
	}

	@Test
	void avatarAndAllCapsBylineAreRemoved() {
		assertThat(clean("Real text stays here.\nAvatar\nBy SARAH")).containsExactly(Block.paragraph("Real text stays here."));
	}

	@Test
	void bylineWithAFullNameIsRemoved() {
		assertThat(clean("Real text stays here.\nBy Jane Doe\nPosted by the clinic team"))
			.containsExactly(Block.paragraph("Real text stays here."));
	}

	@Test
	void strayCommentsLinesAreRemoved() {
		assertThat(clean("Real text stays here.\nComments\n3 Comments\nComments (12)"))
			.containsExactly(Block.paragraph("Real text stays here."));
	}

	@Test
	void sentenceMentioningBoilerplateWordsIsKept() {
		List<Block> blocks = clean("""
				Leave a reply to your doctor when they ask about side effects.
				By the end of treatment, comments from patients were positive.
				The avatar of calm, she meditated daily.
				""");

		assertThat(blocks).hasSize(3);
	}

	@Test
	void labelledTableOfContentsIsRemovedAndTheSectionsKept() {
		List<Block> blocks = clean("""
				You are here because of pain.
				Table of Contents:
				How Ketamine Tackles Pain
				Factors Affecting Duration
				Conclusion
				How Ketamine Tackles Pain
				It blocks NMDA receptors.
				Factors Affecting Duration
				The dose matters.
				Conclusion
				Ask your doctor.
				""");

		assertThat(blocks).containsExactly(Block.paragraph("You are here because of pain."),
				Block.heading("How Ketamine Tackles Pain"), Block.paragraph("It blocks NMDA receptors."),
				Block.heading("Factors Affecting Duration"), Block.paragraph("The dose matters."),
				Block.heading("Conclusion"), Block.paragraph("Ask your doctor."));
	}

	@Test
	void inThisArticleLabelOpensATableOfContentsToo() {
		List<Block> blocks = clean("""
				Intro text is here.
				In this article:
				- Dosage
				- Method
				Dosage
				Low doses work.
				Method
				Infusions work.
				""");

		assertThat(blocks).containsExactly(Block.paragraph("Intro text is here."), Block.heading("Dosage"),
				Block.paragraph("Low doses work."), Block.heading("Method"), Block.paragraph("Infusions work."));
	}

	@Test
	void unlabelledListRepeatingLaterHeadingsIsRemoved() {
		List<Block> blocks = clean("""
				Kratom has been studied for pain.
				- Unraveling Kratom's Role in Pain Regulation
				- The Science Behind Kratom
				Unraveling Kratom's Role in Pain Regulation
				Kratom binds opioid receptors.
				The Science Behind Kratom
				It affects neurotransmitters.
				""");

		assertThat(blocks).containsExactly(Block.paragraph("Kratom has been studied for pain."),
				Block.heading("Unraveling Kratom's Role in Pain Regulation"), Block.paragraph("Kratom binds opioid receptors."),
				Block.heading("The Science Behind Kratom"), Block.paragraph("It affects neurotransmitters."));
	}

	@Test
	void contentsEntriesAreShortSoALongParagraphRepeatingAHeadingIsKept() {
		String sixteenWords = "How ketamine infusions relieve chronic nerve pain in patients who have tried many other treatments before";
		String seventeenWords = "Why some patients who tried ketamine infusions for chronic nerve pain still need other treatments after them";
		List<Block> blocks = List.of(Block.paragraph("Table of Contents:"), Block.paragraph(sixteenWords + "."),
				Block.paragraph(seventeenWords + "."), Block.heading(sixteenWords), Block.paragraph("Text."),
				Block.heading(seventeenWords), Block.paragraph("More text."));

		assertThat(cleaner.clean("test.md", blocks)).containsExactly(Block.paragraph(seventeenWords + "."),
				Block.heading(sixteenWords), Block.paragraph("Text."), Block.heading(seventeenWords),
				Block.paragraph("More text."));
	}

	@Test
	void singleListItemRepeatingAHeadingIsKept() {
		List<Block> blocks = clean("""
				Intro text is here.
				- Dosage
				Dosage
				Low doses work.
				""");

		assertThat(blocks).containsExactly(Block.paragraph("Intro text is here."), Block.listItem("Dosage"),
				Block.heading("Dosage"), Block.paragraph("Low doses work."));
	}

	@Test
	void realListIsKept() {
		List<Block> blocks = clean("""
				Mechanisms include:
				- Endorphin Release: acupuncture releases endorphins.
				- Relaxation Response: it calms the body.
				Results
				They vary.
				""");

		assertThat(blocks).containsExactly(Block.paragraph("Mechanisms include:"),
				Block.listItem("Endorphin Release: acupuncture releases endorphins."),
				Block.listItem("Relaxation Response: it calms the body."), Block.heading("Results"),
				Block.paragraph("They vary."));
	}

	@Test
	void tableOfContentsLabelWithoutEntriesLeavesTheRestAlone() {
		List<Block> blocks = clean("""
				Contents
				Ketamine blocks NMDA receptors.
				""");

		assertThat(blocks).containsExactly(Block.paragraph("Ketamine blocks NMDA receptors."));
	}

	@Test
	void realRulesHaveBothSections() {
		assertThat(RULES.removeBlocks()).isNotEmpty();
		assertThat(RULES.tableOfContentsLabels()).isNotEmpty();
		assertThat(RULES.matchers().isTableOfContentsLabel("Table of Contents:")).isTrue();
		assertThat(RULES.matchers().isBoilerplate("Your email address will not be published.")).isTrue();
		assertThat(RULES.matchers().isBoilerplate("Ketamine is an anaesthetic.")).isFalse();
	}

	@Test
	void headingsAndSentencesThatStartLikeABylineAreKept() {
		List<Block> kept = clean("By Design\nBy The Numbers\nPublished by the NIH in 2019, the study found relief.\n"
				+ "By SARAH\nBy Jane Doe\nPosted by admin\n");

		assertThat(kept).extracting(Block::text)
			.containsExactly("By Design", "By The Numbers", "Published by the NIH in 2019, the study found relief.");
	}


	@Test
	void headingTextIsComparedAsTheRegularExpressionNormalisesIt() {
		String[] pieces = { "How", "it", "WORKS", " ", "  ", "\t", "-", "\u2014", ":", "?", "'", "3", "\u00C9t\u00E9",
				"\u0130", "\u00DF", "\u2163", "\u0663", "\uD835\uDC00", "\u0301", "\u00A0", "_", "#" };
		Random random = new Random(20261121);
		for (int text = 0; text < 20_000; text++) {
			StringBuilder heading = new StringBuilder();
			for (int piece = random.nextInt(10); piece >= 0; piece--) {
				heading.append(pieces[random.nextInt(pieces.length)]);
			}
			String byRegex = heading.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
			assertThat(BoilerplateCleaner.normalise(heading.toString())).as("\"%s\"", heading).isEqualTo(byRegex);
		}
	}

}
