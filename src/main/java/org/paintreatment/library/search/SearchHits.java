package org.paintreatment.library.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.LongPredicate;

import org.apache.lucene.util.LongHeap;
import org.paintreatment.library.article.RankedHits;
import org.paintreatment.library.search.LibraryAnalyzers.Token;

/**
 * The articles a query finds, best first, and a corrected query when words look misspelt. When
 * the typed words find no article with all of them and a correction does, the articles are those
 * of the corrected words ({@link #correctedFrom()}). Keeps what the query matched, to mark it in
 * snippets.
 * <p>
 * The articles match every word and phrase of the query, or, when no article does, some of them
 * ({@link #someWordsOnly()}): a reader who asks in a sentence ("does acupuncture hurt") should get
 * the nearest articles, told that they are only that, rather than nothing.
 */
public final class SearchHits implements RankedHits {

	/** A hit's place in the tie-breaking order, the key's lowest 31 bits. */
	private static final long TIE_RANK = 0x7fff_ffffL;

	private final long[] keys;

	private final long[] idByTieRank;

	private final boolean someWordsOnly;

	private final List<String> foundNowhere;

	private final Optional<String> suggestion;

	private final List<List<Token>> patterns;

	private final String searched;

	private final Optional<String> correctedFrom;

	/**
	 * @param keys one per hit, in no order: smaller is better ({@link #key})
	 * @param idByTieRank the article id at each place of the tie-breaking order (the searcher's)
	 */
	SearchHits(long[] keys, long[] idByTieRank, boolean someWordsOnly, List<String> foundNowhere,
			Optional<String> suggestion, List<List<Token>> patterns, String searched, Optional<String> correctedFrom) {
		// the caller's own arrays: the keys made for these hits, the ids never changed (numbering())
		this.keys = keys;
		this.idByTieRank = idByTieRank;
		this.someWordsOnly = someWordsOnly;
		this.foundNowhere = List.copyOf(foundNowhere);
		this.suggestion = suggestion;
		this.patterns = List.copyOf(patterns);
		this.searched = searched;
		this.correctedFrom = correctedFrom;
	}

	/**
	 * A hit's rank as one long, so that one comparison orders hits: those to come first (of a
	 * treatment the words name) before the others, then best score first, then the tie-breaking
	 * order. Scores are never negative, so their bits order like the floats.
	 */
	static long key(boolean later, float score, int tieRank) {
		long inverted = Integer.MAX_VALUE - Float.floatToIntBits(score);
		return (later ? 1L : 0L) << 62 | inverted << 31 | tieRank;
	}

	/** The ids of the matching articles, best first. */
	public List<Long> ids() {
		long[] sorted = keys.clone();
		Arrays.sort(sorted);
		return Arrays.stream(sorted).mapToObj(this::idOf).toList();
	}

	/** The searcher's ids in the tie-breaking order: a hit's number is its place in that order. */
	@Override
	public long[] numbering() {
		return idByTieRank;
	}

	@Override
	public void forEachHit(IntConsumer action) {
		for (long key : keys) {
			action.accept((int) (key & TIE_RANK));
		}
	}

	/**
	 * A bounded heap of the best keys so far: each hit is one comparison with the worst of them,
	 * and only one that would enter is asked about.
	 */
	@Override
	public long[] best(LongPredicate keep, int count) {
		if (count <= 0) {
			return new long[0];
		}
		// a heap of the smallest values is kept by LongHeap as the largest of their negatives
		LongHeap best = new LongHeap(count);
		for (long key : keys) {
			if ((best.size() < count || -key > best.top()) && keep.test(idOf(key))) {
				best.insertWithOverflow(-key);
			}
		}
		long[] ids = new long[best.size()];
		for (int i = ids.length - 1; i >= 0; i--) {
			ids[i] = idOf(-best.pop());
		}
		return ids;
	}

	private long idOf(long key) {
		return idByTieRank[(int) (key & TIE_RANK)];
	}

	/** True when no article has every word, and these articles have some of them. */
	public boolean someWordsOnly() {
		return someWordsOnly;
	}

	/** With {@link #someWordsOnly()}, the words and phrases no article has, as the reader wrote them. */
	public List<String> foundNowhere() {
		return foundNowhere;
	}

	/**
	 * With the spelling left as typed, the query with misspelt words corrected, when that finds a
	 * better match; empty when the hits are already for the corrected words.
	 */
	public Optional<String> suggestion() {
		return suggestion;
	}

	/** The words these articles were found with: the corrected ones when the spelling was corrected. */
	public String searched() {
		return searched;
	}

	/** The words as typed, when the articles are those of the corrected words instead. */
	public Optional<String> correctedFrom() {
		return correctedFrom;
	}

	/** The analysed words and phrases to mark in snippets. */
	List<List<Token>> patterns() {
		return patterns;
	}

}
