package org.paintreatment.library.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.paintreatment.library.search.SnippetBuilder.Match;

/**
 * {@link SnippetBuilder#best} as it was before the linear sweep (commit 0d73689), kept verbatim
 * as the oracle: for every passage it filters the whole list of matches again, so its work grows
 * with passages × matches. The tests hold the new builder to the same snippets, and the
 * {@link LargeArticleBenchmark} shows both in one run.
 */
final class QuadraticSnippetBuilder {

	private static final String ELLIPSIS = "\u2026";

	private final int maxChars;

	QuadraticSnippetBuilder(int maxChars) {
		if (maxChars < 20) {
			throw new IllegalArgumentException("a snippet needs at least 20 characters");
		}
		this.maxChars = maxChars;
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
		int[] window = window(text, best[0], best[1], inside.get(0));
		return Optional.of(render(text, window[0], window[1], best[0], best[1], within(sorted, window[0], window[1])));
	}

	private static void escapeInto(StringBuilder out, String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

	private static List<Match> within(List<Match> sorted, int start, int end) {
		return sorted.stream().filter(match -> match.start() >= start && match.end() <= end).toList();
	}

	/** The whole passage when it is short enough; otherwise a stretch starting a little before the first match. */
	private int[] window(String text, int start, int end, Match first) {
		if (end - start <= maxChars) {
			return new int[] { start, end };
		}
		int from = Math.max(start, first.start() - maxChars / 4);
		if (from > start) {
			from = forwardToWord(text, from, first.start());
		}
		int to = Math.min(end, from + maxChars);
		if (to < end) {
			to = backToSpace(text, to, Math.max(first.end(), from + maxChars / 2));
		}
		return new int[] { from, to };
	}

	/** The start of the first whole word at or after {@code from}, not past {@code limit}. */
	private static int forwardToWord(String text, int from, int limit) {
		if (Character.isWhitespace(text.charAt(from - 1))) {
			return from;
		}
		int i = from;
		while (i < limit && !Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		while (i < limit && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return Math.min(i, limit);
	}

	/** The end of the last whole word before {@code to}, not before {@code limit}. */
	private static int backToSpace(String text, int to, int limit) {
		int i = to;
		while (i > limit && !Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		return i > limit ? i : to;
	}

	private static String render(String text, int from, int to, int passageStart, int passageEnd, List<Match> matches) {
		StringBuilder html = new StringBuilder();
		if (from > passageStart) {
			html.append(ELLIPSIS).append(' ');
		}
		int at = from;
		for (Match match : matches) {
			if (match.start() < at) {
				continue;
			}
			escapeInto(html, text, at, match.start());
			html.append("<mark>");
			escapeInto(html, text, match.start(), match.end());
			html.append("</mark>");
			at = match.end();
		}
		escapeInto(html, text, at, to);
		if (to < passageEnd) {
			html.append(' ').append(ELLIPSIS);
		}
		return html.toString();
	}

}
