package org.paintreatment.library.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubheadingsTest {

	private static List<Block> parsed(String text) {
		return new ScrapedTextParser().parse(text);
	}

	private static List<String> subheadings(List<Block> blocks) {
		return blocks.stream().filter(block -> block.kind() == Block.Kind.SUBHEADING).map(Block::text).toList();
	}

	@Test
	void shortHeadingsAfterAParagraphIntroducingAListAreSubheadingsOfItsSection() {
		List<Block> nested = Subheadings.nest(parsed("""
				What Changes How Well Massage Works
				Not everyone gets the same benefit from a session.
				The main things that matter are:
				Session Length
				Longer sessions tend to reach deeper muscles.
				Pressure Used
				Firm pressure is not always better.
				Your Own Health
				Conditions such as diabetes change how tissue responds.
				Talking With Your Therapist About What You Need
				Say what hurts and what helped before.
				"""));

		assertThat(subheadings(nested)).containsExactly("Session Length", "Pressure Used", "Your Own Health");
		assertThat(nested).filteredOn(block -> block.kind() == Block.Kind.HEADING)
			.extracting(Block::text)
			.containsExactly("What Changes How Well Massage Works", "Talking With Your Therapist About What You Need");
	}

	@Test
	void shortHeadingsStraightAfterASectionHeadingAreItsSubheadings() {
		List<Block> nested = Subheadings.nest(parsed("""
				Common Reactions After Cupping
				Bruising
				Round marks can last a week.
				Soreness
				The skin may feel tender.
				Where to Find a Practitioner
				Ask your doctor for a name.
				"""));

		assertThat(subheadings(nested)).containsExactly("Bruising", "Soreness");
	}

	@Test
	void aSingleShortHeadingIsNoList() {
		List<Block> nested = Subheadings.nest(parsed("""
				Heat Therapy Basics
				Warmth relaxes tight muscles.
				It works in two ways:
				Blood Flow
				Warm tissue gets more blood.
				How to Use a Heat Pack Safely at Home
				Wrap it in a towel.
				"""));

		assertThat(subheadings(nested)).isEmpty();
	}

	@Test
	void withoutASectionAboveThemHeadingsStayAtTheTop() {
		List<Block> nested = Subheadings.nest(parsed("""
				Cold packs help in three ways:
				Less Swelling
				Cold narrows blood vessels.
				Numbness
				Cold slows nerve signals.
				"""));

		assertThat(subheadings(nested)).isEmpty();
	}

	@Test
	void aClosingHeadingOrAQuestionEndsTheRun() {
		List<Block> nested = Subheadings.nest(parsed("""
				Choosing a Stretch Routine
				Several kinds are worth trying:
				Yoga
				Slow poses build flexibility.
				Pilates
				Core work supports the back.
				Conclusion
				Any routine beats none.
				"""));

		assertThat(subheadings(nested)).containsExactly("Yoga", "Pilates");
	}

	@Test
	void aRunOfHeadingsWithoutTextIsNoList() {
		List<Block> nested = Subheadings.nest(parsed("""
				Ways to Ease Joint Pain
				Options are:
				Walking
				Swimming
				Cycling
				Each of them is gentle on the knees.
				"""));

		assertThat(subheadings(nested)).isEmpty();
	}

}
