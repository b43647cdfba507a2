package org.paintreatment.library.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Cuts the best-matching passage out of a text and marks the matched words: plain Java on
 * strings and character ranges, so it can be tested without an index.
 * <p>
 * The result is HTML in which <em>all</em> of the text is escaped and the only markup is the
 * {@code <mark>} elements this class writes, so a template may output it unescaped.
 */
public final class SnippetBuilder {

	public static final int DEFAULT_MAX_CHARS = 240;

	private static final String ELLIPSIS = "\u2026";

	private final int maxChars;

	private final LongAdder matchesLookedAt = new LongAdder();

	public SnippetBuilder() {
		this(DEFAULT_MAX_CHARS);
	}

	public SnippetBuilder(int maxChars) {
		if (maxChars < 20) {
			throw new IllegalArgumentException("a snippet needs at least 20 characters");
		}
		this.maxChars = maxChars;
	}

	/** A matched word: its range in the text, and what it matched (for counting distinct words). */
	public record Match(int start, int end, String term) {

		public Match {
			if (start < 0 || end <= start) {
				throw new IllegalArgumentException("bad range " + start + ".." + end);
			}
		}

	}

	/**
	 * The passage (a sentence or line) with the most distinct matched words, then the most matches,
	 * then the earliest; cut to at most about {@code maxChars} characters around its first match.
	 * Empty when nothing matched.
	 */
	public Optional<String> best(String text, List<Match> matches) {
		return best(text, matches, "");
	}

	/**
	 * The same, passing over passages the reader already sees in {@code shown} (the card's
	 * summary) as long as another passage matches.
	 * <p>
	 * One sweep over the passages and the matches sorted by position, so the work grows with the
	 * text and the number of matches, not with their product.
	 */
	public Optional<String> best(String text, List<Match> matches, String shown) {
		List<Match> sorted = matches.stream()
			.filter(match -> match.end() <= text.length())
			.sorted(Comparator.comparingInt(Match::start))
			.toList();
		if (sorted.isEmpty()) {
			return Optional.empty();
		}
		Sweep sweep = new Sweep(sorted);
		Candidate best = choose(text, sweep, shown);
		if (best == null) {
			return Optional.empty();
		}
		int[] window = window(text, best.start(), best.end(), sorted.get(best.first()));
		List<Match> marked = sweep.within(best.first(), window[0], window[1]);
		matchesLookedAt.add(sweep.lookedAt);
		return Optional.of(render(text, window[0], window[1], best.start(), best.end(), marked));
	}

	/** How many matches {@link #best} looked at, over all its calls: the work, which tests hold to linear growth. */
	long matchesLookedAt() {
		return matchesLookedAt.sum();
	}

	/**
	 * Of the passages with matches, one new to the reader before one the summary shows, then the
	 * most distinct words, the most matches, the earliest. Whether a passage is new is only asked
	 * when the answer can change the choice.
	 */
	private static Candidate choose(String text, Sweep sweep, String shown) {
		Candidate best = null;
		boolean bestNew = false;
		for (int[] passage = sweep.nextPassage(text); passage != null; passage = sweep.nextPassage(text)) {
			Candidate candidate = sweep.next(passage[0], passage[1]);
			if (candidate == null || (best != null && bestNew && !candidate.scoresAbove(best))) {
				continue;
			}
			boolean isNew = candidate.end() - candidate.start() > shown.length()
					|| !shown.contains(text.substring(candidate.start(), candidate.end()));
			if (best == null || (isNew && !bestNew) || (isNew == bestNew && candidate.scoresAbove(best))) {
				best = candidate;
				bestNew = isNew;
			}
		}
		return best;
	}

	/** The text's first passage, cut to size, with nothing marked. */
	public String opening(String text) {
		int[] first = firstPassage(text);
		if (first == null) {
			return "";
		}
		int end = first[1] - first[0] <= maxChars ? first[1] : backToSpace(text, first[0] + maxChars, first[0] + maxChars / 2);
		return render(text, first[0], end, first[0], first[1], List.of());
	}

	/** Escapes the five characters that matter in HTML text and attribute values. */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		escapeInto(escaped, text, 0, text.length());
		return escaped.toString();
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

	/** Sentences and lines as [start, end) ranges, without surrounding white space. */
	static List<int[]> passages(String text) {
		List<int[]> passages = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (endsPassage(text, i)) {
				add(passages, text, start, text.charAt(i) == '\n' ? i : i + 1);
				start = i + 1;
			}
		}
		add(passages, text, start, text.length());
		return passages;
	}

	/** True where a line ends, or a sentence ({@code .!?} before white space or the end). */
	private static boolean endsPassage(String text, int i) {
		char c = text.charAt(i);
		return c == '\n' || ((c == '.' || c == '!' || c == '?')
				&& (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
	}

	/**
	 * The passage of {@link #passages} that holds the character at {@code at}, or null when it is
	 * white space between passages: found by looking only as far as the passage's own ends, so
	 * a snippet reads the passages with matches, not the whole text.
	 */
	static int[] passageAround(String text, int at) {
		int start = at;
		while (start > 0 && !endsPassage(text, start - 1)) {
			start--;
		}
		int end = at;
		while (end < text.length() && !endsPassage(text, end)) {
			end++;
		}
		if (end < text.length() && text.charAt(end) != '\n') {
			end++;
		}
		int[] passage = trimmed(text, start, end);
		return passage != null && passage[0] <= at && at < passage[1] ? passage : null;
	}

	/** The first passage of {@link #passages}, or null when there is none. */
	private static int[] firstPassage(String text) {
		int at = 0;
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at < text.length() ? passageAround(text, at) : null;
	}

	private static void add(List<int[]> passages, String text, int start, int end) {
		int[] passage = trimmed(text, start, end);
		if (passage != null) {
			passages.add(passage);
		}
	}

	private static int[] trimmed(String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end > start ? new int[] { start, end } : null;
	}

	/** The whole passage when it is short enough; otherwise a stretch starting a little before the first match. */
	int[] window(String text, int start, int end, Match first) {
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

	static String render(String text, int from, int to, int passageStart, int passageEnd, List<Match> matches) {
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

	/** A passage with matches: its range, where its first match is in the sorted list, and its score. */
	private record Candidate(int start, int end, int first, int distinct, int count) {

		boolean scoresAbove(Candidate other) {
			return distinct > other.distinct || (distinct == other.distinct && count > other.count);
		}

	}

	/**
	 * Walks the matches, sorted by start, alongside the passages, which come in order and do not
	 * overlap: each match is looked at about once, whatever the number of passages.
	 */
	private static final class Sweep {

		private final List<Match> sorted;

		private final Set<String> terms = new HashSet<>();

		private int next;

		private long lookedAt;

		Sweep(List<Match> sorted) {
			this.sorted = sorted;
		}

		/**
		 * The next passage, after those already swept, that holds the start of a match; null when
		 * no match is left. A match starting between passages is passed over, as {@link #next} does.
		 */
		int[] nextPassage(String text) {
			for (; next < sorted.size(); next++) {
				int[] passage = passageAround(text, sorted.get(next).start());
				if (passage != null) {
					return passage;
				}
				lookedAt++;
			}
			return null;
		}

		/** The matches wholly inside the passage [start, end), or null when there are none. */
		Candidate next(int start, int end) {
			for (; next < sorted.size() && sorted.get(next).start() < start; next++) {
				lookedAt++;
			}
			int first = -1;
			int count = 0;
			terms.clear();
			for (; next < sorted.size() && sorted.get(next).start() < end; next++) {
				lookedAt++;
				Match match = sorted.get(next);
				if (match.end() <= end) {
					first = first < 0 ? next : first;
					count++;
					terms.add(match.term());
				}
			}
			return count == 0 ? null : new Candidate(start, end, first, terms.size(), count);
		}

		/** The matches wholly inside [start, end), looking from the {@code from}th on. */
		List<Match> within(int from, int start, int end) {
			List<Match> inside = new ArrayList<>();
			for (int i = from; i < sorted.size() && sorted.get(i).start() < end; i++) {
				lookedAt++;
				Match match = sorted.get(i);
				if (match.start() >= start && match.end() <= end) {
					inside.add(match);
				}
			}
			return inside;
		}

	}

}
