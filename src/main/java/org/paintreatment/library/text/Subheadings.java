package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the sub-sections of scraped text, which keeps no heading levels. Within a section, a
 * paragraph that introduces a list ("Several factors play a part:") or a heading with no text of
 * its own, followed by a run of at least {@link #MIN_RUN} short headings each with text of its
 * own, introduces sub-sections: those headings become sub-headings, up to the first heading that
 * is not short. Anything less clear is left flat: a wrong level misleads more than a missing one.
 */
final class Subheadings {

	static final int MIN_RUN = 2;

	static final int MAX_WORDS = 4;

	/** Headings that close an article rather than continue a list, however short. */
	private static final Set<String> CLOSING = Set.of("conclusion", "in conclusion", "summary", "in summary",
			"final thoughts", "bottom line", "the bottom line", "key takeaways", "takeaways", "references", "sources");

	private Subheadings() {
	}

	/** The blocks, the headings of each run that a section introduces as a list made sub-headings. */
	static List<Block> nest(List<Block> blocks) {
		List<Block> nested = new ArrayList<>(blocks);
		boolean inSection = false;
		for (int index = 0; index < blocks.size(); index++) {
			inSection |= blocks.get(index).isHeading();
			if (inSection && introducesList(blocks, index)) {
				List<Integer> run = runAfter(blocks, index + 1);
				if (run.size() >= MIN_RUN) {
					run.forEach(at -> nested.set(at, Block.subheading(blocks.get(at).text())));
					index = run.get(run.size() - 1);
				}
			}
		}
		return nested;
	}

	/** A paragraph ending in a colon, or a heading straight followed by another. */
	private static boolean introducesList(List<Block> blocks, int index) {
		Block block = blocks.get(index);
		boolean nextIsHeading = index + 1 < blocks.size() && blocks.get(index + 1).isHeading();
		return nextIsHeading && (block.isHeading() || block.kind() == Block.Kind.PARAGRAPH && block.text().endsWith(":"));
	}

	/** The places of the short headings from {@code from} on, each followed by text, until one is not. */
	private static List<Integer> runAfter(List<Block> blocks, int from) {
		List<Integer> run = new ArrayList<>();
		int index = from;
		while (index + 1 < blocks.size() && isShortLabel(blocks.get(index)) && !blocks.get(index + 1).isHeading()) {
			run.add(index);
			index++;
			while (index < blocks.size() && !blocks.get(index).isHeading()) {
				index++;
			}
		}
		return run;
	}

	private static boolean isShortLabel(Block block) {
		String text = block.text();
		return block.isHeading() && ScrapedTextParser.wordCount(text) <= MAX_WORDS && !text.endsWith("?")
				&& !CLOSING.contains(BoilerplateCleaner.normalise(text));
	}

}
