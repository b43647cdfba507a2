package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paintreatment.library.kernel.Printable;
import org.paintreatment.library.taxonomy.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops blog-template boilerplate and inline tables of contents from a parsed article.
 */
public final class BoilerplateCleaner {

	private static final Logger log = LoggerFactory.getLogger(BoilerplateCleaner.class);

	private final BoilerplateRules rules;

	public BoilerplateCleaner(BoilerplateRules rules) {
		this.rules = rules;
	}

	public List<Block> clean(String fileName, List<Block> blocks) {
		return clean(fileName, blocks, Deadline.none());
	}

	/** As {@link #clean(String, List)}; the librarian's patterns stop when the deadline passes. */
	public List<Block> clean(String fileName, List<Block> blocks, Deadline deadline) {
		BoilerplateRules.Matchers rules = this.rules.matchers();
		List<Block> kept = new ArrayList<>();
		Map<String, Integer> lastHeading = lastHeadingPositions(blocks);
		int index = 0;
		while (index < blocks.size()) {
			Block block = blocks.get(index);
			CharSequence text = deadline.guard(block.text());
			if (rules.isTableOfContentsLabel(text)) {
				index = skipTableOfContents(fileName, blocks, lastHeading, index + 1, true);
			}
			else if (block.kind() == Block.Kind.LIST_ITEM && tableOfContentsRunLength(blocks, lastHeading, index) >= 2) {
				index = skipTableOfContents(fileName, blocks, lastHeading, index, false);
			}
			else if (rules.isBoilerplate(text)) {
				log.debug("{}: removed boilerplate \"{}\"", Printable.of(fileName), Printable.of(block.text()));
				index++;
			}
			else {
				kept.add(block);
				index++;
			}
		}
		return kept;
	}

	private int skipTableOfContents(String fileName, List<Block> blocks, Map<String, Integer> lastHeading, int from,
			boolean labelled) {
		int entries = tableOfContentsRunLength(blocks, lastHeading, from);
		log.debug("{}: removed inline table of contents ({}{} entries)", Printable.of(fileName), labelled ? "label and " : "",
				entries);
		return from + entries;
	}

	/** How many blocks from {@code from} on are short entries repeating a later heading. */
	private static int tableOfContentsRunLength(List<Block> blocks, Map<String, Integer> lastHeading, int from) {
		int index = from;
		while (index < blocks.size() && isShort(blocks.get(index))
				&& lastHeading.getOrDefault(normalise(blocks.get(index).text()), -1) > index) {
			index++;
		}
		return index - from;
	}

	private static Map<String, Integer> lastHeadingPositions(List<Block> blocks) {
		Map<String, Integer> positions = new HashMap<>();
		for (int index = 0; index < blocks.size(); index++) {
			if (blocks.get(index).isHeading()) {
				positions.put(normalise(blocks.get(index).text()), index);
			}
		}
		return positions;
	}

	private static boolean isShort(Block block) {
		return block.kind() != Block.Kind.PARAGRAPH
				|| ScrapedTextParser.wordCount(block.text()) <= ScrapedTextParser.MAX_HEADING_WORDS;
	}

	/**
	 * The text lowercased, its runs of characters other than letters and numbers made single
	 * spaces, and stripped: what {@code [^\p{L}\p{N}]+} replaced by a space would give.
	 */
	static String normalise(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(lower.length());
		boolean gap = false;
		for (int index = 0; index < lower.length();) {
			int codePoint = lower.codePointAt(index);
			if (Tokens.isLetterOrNumber(codePoint)) {
				if (gap && !key.isEmpty()) {
					key.append(' ');
				}
				key.appendCodePoint(codePoint);
				gap = false;
			}
			else {
				gap = true;
			}
			index += Character.charCount(codePoint);
		}
		return key.toString();
	}

}
