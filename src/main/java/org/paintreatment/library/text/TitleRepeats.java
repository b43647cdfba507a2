package org.paintreatment.library.text;

import java.util.Collections;
import java.util.List;

/**
 * Whether a heading only repeats an article's title, as a scraped page's own title does when it
 * is left in the text, or a Markdown file's first section heading when its front matter already
 * names it: the same words, letter case and punctuation aside, or one holding the other as a run
 * of words that make at least {@link #MIN_OVERLAP_PERCENT}% of it.
 */
final class TitleRepeats {

	static final int MIN_OVERLAP_PERCENT = 80;

	private static final String ELLIPSIS = "\u2026";

	private TitleRepeats() {
	}

	static boolean repeats(String title, String heading) {
		List<String> titleWords = words(title);
		List<String> headingWords = words(heading);
		if (titleWords.isEmpty() || headingWords.isEmpty()) {
			return false;
		}
		if (titleWords.equals(headingWords)) {
			return true;
		}
		// A title shortened from a long heading is that heading's first words.
		if (title.strip().endsWith(ELLIPSIS) && headingWords.size() > titleWords.size()
				&& headingWords.subList(0, titleWords.size()).equals(titleWords)) {
			return true;
		}
		boolean titleShorter = titleWords.size() <= headingWords.size();
		List<String> shorter = titleShorter ? titleWords : headingWords;
		List<String> longer = titleShorter ? headingWords : titleWords;
		return shorter.size() * 100 >= longer.size() * MIN_OVERLAP_PERCENT
				&& Collections.indexOfSubList(longer, shorter) >= 0;
	}

	private static List<String> words(String text) {
		String normalised = BoilerplateCleaner.normalise(text);
		return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
	}

}
