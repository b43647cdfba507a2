package org.paintreatment.library.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.paintreatment.library.search.LibraryAnalyzers.Token;

/**
 * A query as clauses that must all match: each word, each quoted phrase, and each stretch of
 * words a synonym rule covers (which may match any of the rule's phrases).
 */
record QueryPlan(List<Clause> clauses) {

	/** More words than this narrow nothing down; the rest are ignored (and the query stays cheap). */
	static final int MAX_CLAUSES = 12;

	/**
	 * Texts of which any may match; {@code phrase} when the reader quoted it. A multi-word text is
	 * matched as a phrase either way (a synonym's "mitragyna speciosa" means those words together).
	 */
	record Clause(List<String> alternatives, boolean phrase) {
	}

	QueryPlan {
		clauses = List.copyOf(clauses);
	}

	static QueryPlan of(SearchQuery query, Synonyms synonyms, Analyzer matching) {
		List<Clause> clauses = new ArrayList<>();
		for (SearchQuery.Part part : query.parts()) {
			if (part.phrase()) {
				clauses.add(new Clause(List.of(part.text().strip()), true));
				continue;
			}
			List<Token> tokens = LibraryAnalyzers.tokens(matching, part.text());
			List<String> words = tokens.stream().map(Token::term).toList();
			for (int i = 0; i < tokens.size();) {
				Optional<Synonyms.Match> match = synonyms.longestAt(words, i);
				int length = match.map(Synonyms.Match::length).orElse(1);
				String written = part.text().substring(tokens.get(i).start(), tokens.get(i + length - 1).end());
				Set<String> alternatives = new LinkedHashSet<>();
				alternatives.add(written);
				match.ifPresent(found -> found.phrases()
					.stream()
					.filter(phrase -> alternatives.stream().noneMatch(phrase::equalsIgnoreCase))
					.forEach(alternatives::add));
				clauses.add(new Clause(List.copyOf(alternatives), false));
				i += length;
			}
		}
		return new QueryPlan(distinct(clauses).stream().limit(MAX_CLAUSES).toList());
	}

	/** The same word twice asks nothing more. */
	private static List<Clause> distinct(List<Clause> clauses) {
		Set<List<String>> seen = new LinkedHashSet<>();
		List<Clause> distinct = new ArrayList<>();
		for (Clause clause : clauses) {
			if (seen.add(clause.alternatives().stream().map(text -> text.toLowerCase(Locale.ROOT)).toList())) {
				distinct.add(clause);
			}
		}
		return distinct;
	}

}
