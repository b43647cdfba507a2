package org.paintreatment.library.search;

import java.util.AbstractList;
import java.util.List;
import java.util.Optional;

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
public final class SearchHits {

	private final long[] ids;

	private final boolean someWordsOnly;

	private final List<String> foundNowhere;

	private final Optional<String> suggestion;

	private final List<List<Token>> patterns;

	private final String searched;

	private final Optional<String> correctedFrom;

	SearchHits(long[] ids, boolean someWordsOnly, List<String> foundNowhere, Optional<String> suggestion,
			List<List<Token>> patterns, String searched, Optional<String> correctedFrom) {
		// the caller's own array, made for these hits; only rankedIds() lets a copy out
		this.ids = ids;
		this.someWordsOnly = someWordsOnly;
		this.foundNowhere = List.copyOf(foundNowhere);
		this.suggestion = suggestion;
		this.patterns = List.copyOf(patterns);
		this.searched = searched;
		this.correctedFrom = correctedFrom;
	}

	/** The ids of the matching articles, best first. */
	public List<Long> ids() {
		return new AbstractList<>() {
			@Override
			public Long get(int index) {
				return ids[index];
			}

			@Override
			public int size() {
				return ids.length;
			}
		};
	}

	/**
	 * The same as an array of its own: a search may find most of the library, and a list needs
	 * them all (for its facet counts) without a boxed id each.
	 */
	public long[] rankedIds() {
		return ids.clone();
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
