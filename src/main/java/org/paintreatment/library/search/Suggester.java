package org.paintreatment.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.paintreatment.library.search.LibraryAnalyzers.Token;

/**
 * Proposes a corrected query for misspelt words ({@code ketamin}, {@code acupunture},
 * {@code kratum}) from the words the articles actually use.
 * <p>
 * A word is corrected only when it finds nothing on its own: it is not in any article as written,
 * no article has its stem either ({@code receptor} is fine when articles say "receptors"), and it
 * is not a word the library knows from its taxonomy or synonyms (such as {@code tens}, which no
 * article may mention yet). The correction is the closest word of the articles sharing the first
 * letter, at most one edit away for a word of up to {@value #SHORT_WORD} letters and two for a
 * longer one: two edits turn a short word into another word ({@code hurt} into {@code here},
 * {@code spine} into {@code spinal}), not into its right spelling. Whether the corrected query
 * finds a better match is for {@link SearchService} to check.
 */
final class Suggester {

	private static final List<String> TEXT_FIELDS = List.of(ArticleFields.TITLE, ArticleFields.SUMMARY,
			ArticleFields.TAGS, ArticleFields.BODY);

	private static final int MIN_LENGTH = 4;

	/** The longest word that gets one edit only. */
	static final int SHORT_WORD = 5;

	private final Analyzer surface;

	private final Analyzer matching;

	private final Analyzer english;

	private final Set<String> knownWords;

	private final DirectSpellChecker oneEdit = checker(1);

	private final DirectSpellChecker twoEdits = checker(2);

	/**
	 * @param knownWords words (as {@link LibraryAnalyzers#matching()} gives them) never to correct
	 */
	Suggester(Analyzer surface, Analyzer matching, Analyzer english, Set<String> knownWords) {
		this.surface = surface;
		this.matching = matching;
		this.english = english;
		this.knownWords = Set.copyOf(knownWords);
	}

	private static DirectSpellChecker checker(int maxEdits) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMaxEdits(maxEdits);
		checker.setMinPrefix(1);
		checker.setMinQueryLength(MIN_LENGTH);
		return checker;
	}

	/** A corrected query, and the words put in, as written. */
	record Correction(String text, List<String> replacements) {
	}

	/** The query with its misspelt words corrected, or empty when there is nothing to correct. */
	Optional<Correction> suggest(SearchQuery query, IndexReader reader) {
		String text = query.text();
		List<int[]> replaced = new ArrayList<>();
		List<String> replacements = new ArrayList<>();
		int checked = 0;
		try {
			for (SearchQuery.Part part : query.parts()) {
				for (Token word : LibraryAnalyzers.tokens(surface, part.text())) {
					if (++checked > QueryPlan.MAX_CLAUSES) {
						break;
					}
					Optional<String> correction = correction(word.term(), reader);
					if (correction.isPresent()) {
						replaced.add(new int[] { part.start() + word.start(), part.start() + word.end() });
						replacements.add(correction.get());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the spelling vocabulary", ex);
		}
		if (replaced.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder corrected = new StringBuilder(text);
		for (int i = replaced.size() - 1; i >= 0; i--) {
			corrected.replace(replaced.get(i)[0], replaced.get(i)[1], replacements.get(i));
		}
		return Optional.of(new Correction(corrected.toString().strip().replaceAll("\\s+", " "), List.copyOf(replacements)));
	}

	/** True for a word of the library's own vocabulary: its taxonomy's and synonyms' words. */
	boolean isKnown(String word) {
		return LibraryAnalyzers.terms(matching, word).stream().anyMatch(knownWords::contains);
	}

	private Optional<String> correction(String word, IndexReader reader) throws IOException {
		if (word.length() < MIN_LENGTH || word.chars().anyMatch(Character::isDigit)
				|| reader.docFreq(new Term(ArticleFields.SPELL, word)) > 0
				|| isKnown(word)
				|| findsSomething(word, reader)) {
			return Optional.empty();
		}
		DirectSpellChecker checker = word.length() <= SHORT_WORD ? oneEdit : twoEdits;
		SuggestWord[] suggestions = checker.suggestSimilar(new Term(ArticleFields.SPELL, word), 1, reader,
				SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
	}

	/** True for stop words too: they are not misspellings. */
	private boolean findsSomething(String word, IndexReader reader) throws IOException {
		List<String> terms = LibraryAnalyzers.terms(english, word);
		if (terms.isEmpty()) {
			return true;
		}
		for (String term : terms) {
			for (String field : TEXT_FIELDS) {
				if (reader.docFreq(new Term(field, term)) > 0) {
					return true;
				}
			}
		}
		return false;
	}

}
