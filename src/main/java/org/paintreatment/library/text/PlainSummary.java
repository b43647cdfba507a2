package org.paintreatment.library.text;

import java.util.List;

/**
 * A summary for an article that no editor summarised: its first informative sentences, passing
 * over questions, short asides and the sentences the librarian's {@code summary-skips} find
 * (boilerplate.yml: hype such as "miracle" or exclamations, sales lines addressed to the reader,
 * the writer speaking of themselves), so that a card or a search result says what the page is
 * about rather than repeating its pitch.
 */
public final class PlainSummary {

	static final int MAX_SENTENCES = 3;

	/** Shorter sentences are headings or asides run into the text, not information. */
	static final int MIN_WORDS = 6;

	private PlainSummary() {
	}

	/** Up to three informative sentences of the paragraphs; failing any, the opening lines. */
	static String of(List<Block> blocks, BoilerplateRules.Matchers rules) {
		StringBuilder summary = new StringBuilder();
		int taken = 0;
		for (Block block : blocks) {
			if (block.kind() != Block.Kind.PARAGRAPH) {
				continue;
			}
			for (String sentence : Sentences.split(block.text())) {
				if (!isInformative(sentence, rules)) {
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

	static boolean isInformative(String sentence, BoilerplateRules.Matchers rules) {
		String text = sentence.strip();
		return !text.endsWith("?") && ScrapedTextParser.wordCount(text) >= MIN_WORDS && !rules.isSkippedInSummary(text);
	}

}
