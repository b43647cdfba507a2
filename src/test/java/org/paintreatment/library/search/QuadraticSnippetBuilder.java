package org.paintreatment.library.search;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.paintreatment.library.search.SnippetBuilder.Match;

/**
 * {@link SnippetBuilder#best} as it was before the linear sweep (commit 0d73689), kept verbatim
 * (the window and the rendering, which did not change, are the builder's own) as the oracle: for every passage it filters the whole list of matches again, so its work grows
 * with passages × matches. The tests hold the new builder to the same snippets, and the
 * {@link LargeArticleBenchmark} shows both in one run.
 */
final class QuadraticSnippetBuilder {

	/** Where the window and the rendering come from: they did not change. */
	private final SnippetBuilder unchanged;

	QuadraticSnippetBuilder(int maxChars) {
		this.unchanged = new SnippetBuilder(maxChars);
	}

	/**
	 * The passage with the most distinct matched words, then the most matches, then the earliest,
	 * passing over passages the reader already sees in {@code shown} as long as another one matches.
	 */
	Optional<String> best(String text, List<Match> matches, String shown) {
		List<Match> sorted = matches.stream()
			.filter(match -> match.end() <= text.length())
			.sorted(Comparator.comparingInt(Match::start))
			.toList();
		if (sorted.isEmpty()) {
			return Optional.empty();
		}
		int[] best = null;
		boolean bestNew = false;
		int bestDistinct = -1;
		int bestCount = -1;
		for (int[] passage : SnippetBuilder.passages(text)) {
			List<Match> inside = within(sorted, passage[0], passage[1]);
			if (inside.isEmpty()) {
				continue;
			}
			boolean isNew = shown.isEmpty() || !shown.contains(text.substring(passage[0], passage[1]));
			int distinct = (int) inside.stream().map(Match::term).distinct().count();
			boolean better = best == null || (isNew && !bestNew) || (isNew == bestNew && (distinct > bestDistinct
					|| (distinct == bestDistinct && inside.size() > bestCount)));
			if (better) {
				best = passage;
				bestNew = isNew;
				bestDistinct = distinct;
				bestCount = inside.size();
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		List<Match> inside = within(sorted, best[0], best[1]);
		int[] window = unchanged.window(text, best[0], best[1], inside.get(0));
		return Optional.of(SnippetBuilder.render(text, window[0], window[1], best[0], best[1],
				within(sorted, window[0], window[1])));
	}

	private static List<Match> within(List<Match> sorted, int start, int end) {
		return sorted.stream().filter(match -> match.start() >= start && match.end() <= end).toList();
	}

}
