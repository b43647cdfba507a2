package org.paintreatment.library.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
	 */
	public Optional<String> best(String text, List<Match> matches, String shown) {
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
		for (int[] passage : passages(text)) {
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

	/** The text's first passage, cut to size, with nothing marked. */
	public String opening(String text) {
		List<int[]> passages = passages(text);
		if (passages.isEmpty()) {
			return "";
		}
		int[] first = passages.get(0);
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
			char c = text.charAt(i);
			boolean lineEnd = c == '\n';
			boolean sentenceEnd = (c == '.' || c == '!' || c == '?')
					&& (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
			if (lineEnd || sentenceEnd) {
				add(passages, text, start, lineEnd ? i : i + 1);
				start = i + 1;
			}
		}
		add(passages, text, start, text.length());
		return passages;
	}

	private static void add(List<int[]> passages, String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			passages.add(new int[] { start, end });
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
