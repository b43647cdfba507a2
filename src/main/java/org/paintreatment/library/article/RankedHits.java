package org.paintreatment.library.article;

import java.util.function.IntConsumer;
import java.util.function.LongPredicate;

/**
 * The articles a search found, put in order only as far as a page needs: a list counts every hit
 * in its facets but shows twenty of them, and a search may find most of the library.
 */
public interface RankedHits {

	/**
	 * The article ids the hits are numbered by: hit {@code n} is the article {@code numbering()[n]}.
	 * Every search of one state of the index numbers its hits by the same array, never changed, so a
	 * reader may translate it once and keep the translation for as long as the array is the same.
	 */
	long[] numbering();

	/** Each hit's number, in no particular order. */
	void forEachHit(IntConsumer action);

	/** The best {@code count} hits of those {@code keep} accepts (by article id), best first, as article ids. */
	long[] best(LongPredicate keep, int count);

}
