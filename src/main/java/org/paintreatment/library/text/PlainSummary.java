package org.paintreatment.library.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A summary for an article that no editor summarised: its first informative sentences, passing
 * over hype ("miracle", "imagine a world", exclamations), questions, sales lines addressed to the
 * reader ("you", "call", "schedule") and the writer speaking of themselves, so that a card or a
 * search result says what the page is about rather than repeating its pitch.
 */
public final class PlainSummary {

	static final int MAX_SENTENCES = 3;

	/** Shorter sentences are headings or asides run into the text, not information. */
	static final int MIN_WORDS = 6;

	private static final Pattern HYPE = Pattern.compile("!|\\bmiracle|\\bgame[- ]chang|\\bimagine\\b"
			+ "|\\brevolutionary\\b|\\bbreakthrough\\b|\\bgroundbreaking\\b|\\blife[- ]changing\\b|\\bamazing\\b"
			+ "|\\bincredible\\b|\\bmagic|\\bwonder\\b|\\bsecrets?\\b|\\blike never before\\b|\\bfascinating\\b"
			+ "|\\bunlock", Pattern.CASE_INSENSITIVE);

	private static final Pattern ADDRESSED = Pattern.compile("\\byou(?:r|rs|rself|'re|\u2019re|'ll|\u2019ll|'ve|\u2019ve)?\\b"
			+ "|\\bcall\\b|\\bschedule\\b|\\bcontact us\\b|\\bbook (?:an?|your)\\b|\\bjoin us\\b|\\bsign up\\b"
			+ "|\\b(?:I|we|us|our)\\b|\\bI(?:'|\u2019)", Pattern.CASE_INSENSITIVE);

	private PlainSummary() {
	}

	/** Up to three informative sentences of the paragraphs; failing any, the opening lines. */
	public static String of(List<Block> blocks) {
		StringBuilder summary = new StringBuilder();
		int taken = 0;
		for (Block block : blocks) {
			if (block.kind() != Block.Kind.PARAGRAPH) {
				continue;
			}
			for (String sentence : Sentences.split(block.text())) {
				if (!isInformative(sentence)) {
					continue;
				}
				if (summary.length() + sentence.length() + 1 > Headlines.MAX_SUMMARY_CHARS) {
					return summary.isEmpty() ? Headlines.shorten(sentence, Headlines.MAX_SUMMARY_CHARS) : summary.toString();
				}
				summary.append(summary.isEmpty() ? "" : " ").append(sentence.strip());
				if (++taken == MAX_SENTENCES) {
					return summary.toString();
				}
			}
		}
		return summary.isEmpty() ? Headlines.deriveSummary(blocks) : summary.toString();
	}

	static boolean isInformative(String sentence) {
		String text = sentence.strip();
		return !text.endsWith("?") && ScrapedTextParser.wordCount(text) >= MIN_WORDS && !HYPE.matcher(text).find()
				&& !ADDRESSED.matcher(text).find();
	}

}
