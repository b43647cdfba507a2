package org.paintreatment.library.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.paintreatment.library.search.LibraryAnalyzers.Token;

/**
 * Turns a {@link QueryPlan} into a Lucene query, built clause by clause from analysed words (no
 * query parser, so nothing a reader types is syntax).
 * <p>
 * Every clause must match in some field. Its score is the best of: a title match (a constant
 * {@value #TITLE}), a summary or term-name match ({@value #SUMMARY}), or the body's BM25 score,
 * which stays far below {@value #SUMMARY}. So an article matching in the title outranks one
 * matching in the summary, which outranks one matching only in the body; articles with the same
 * score are ordered by treatment and title (see {@link SearchService}). When no article matches
 * every clause, {@link #someClauses} ranks those matching some by how many and how rare, then by the
 * same tiers.
 */
/*
 * query: every clause must match; clauses: each word or phrase on its own, with its analysed
 * words (for someClauses).
 * patterns: each word or phrase the query matches, as analysed words at relative positions; the
 * snippets mark these (a phrase only where all its words stand together).
 */
record LuceneQuery(Query query, List<Clause> clauses, List<List<Token>> patterns) {

	static final float TITLE = 10_000f;

	static final float SUMMARY = 1_000f;

	/**
	 * What a matched word or phrase adds, times its rarity, when an article need only match some:
	 * far above the tiers, so the words an article has count before where it has them.
	 */
	static final float WORD = 100_000f;

	/** The query, or null when no clause has a searchable word (only stop words or punctuation). */
	static LuceneQuery of(QueryPlan plan, Analyzer english) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		List<Clause> clauses = new ArrayList<>();
		Set<List<Token>> patterns = new LinkedHashSet<>();
		for (QueryPlan.Clause clause : plan.clauses()) {
			List<List<Token>> alternatives = new ArrayList<>();
			Set<String> words = new LinkedHashSet<>();
			for (String text : clause.alternatives()) {
				List<Token> tokens = LibraryAnalyzers.tokens(english, text);
				if (!tokens.isEmpty()) {
					alternatives.add(tokens);
					patterns.add(relative(tokens));
					tokens.forEach(token -> words.add(token.term()));
				}
			}
			if (alternatives.isEmpty()) {
				continue;
			}
			List<Query> fields = List.of(
					new BoostQuery(new ConstantScoreQuery(inField(ArticleFields.TITLE, alternatives)), TITLE),
					new BoostQuery(new ConstantScoreQuery(inField(ArticleFields.SUMMARY, alternatives)), SUMMARY),
					new BoostQuery(new ConstantScoreQuery(inField(ArticleFields.TAGS, alternatives)), SUMMARY),
					inField(ArticleFields.BODY, alternatives));
			Query anyField = new DisjunctionMaxQuery(fields, 0f);
			all.add(anyField, Occur.MUST);
			clauses.add(new Clause(clause.alternatives().get(0), anyField, Set.copyOf(words)));
		}
		return clauses.isEmpty() ? null : new LuceneQuery(all.build(), List.copyOf(clauses), List.copyOf(patterns));
	}

	/**
	 * The articles with at least one of the words and phrases, for when none has them all; null
	 * when that would be the same query or no clause finds anything. Clauses of filler words only
	 * ("how", "does") are left out, unless there is nothing else. Each clause found in n of
	 * the N articles adds {@value #WORD} times its rarity, BM25's ln(1 + (N - n + 0.5) / (n + 0.5)),
	 * and its own score: a word in nearly every article ("does", "pain") adds almost nothing, so an
	 * article with the one rare word comes before one with three common words in its title.
	 */
	SomeClauses someClauses(ToIntFunction<Query> count, int articles, FillerWords filler) {
		if (clauses.size() < 2) {
			return null;
		}
		List<Clause> meaningful = clauses.stream().filter(clause -> !filler.areAll(clause.words())).toList();
		BooleanQuery.Builder some = new BooleanQuery.Builder();
		List<String> foundNowhere = new ArrayList<>();
		for (Clause each : meaningful.isEmpty() ? clauses : meaningful) {
			Query clause = each.query();
			int found = count.applyAsInt(clause);
			if (found > 0) {
				float rarity = (float) Math.log1p((articles - found + 0.5) / (found + 0.5));
				some.add(new BoostQuery(new ConstantScoreQuery(clause), WORD * rarity), Occur.SHOULD);
				some.add(clause, Occur.SHOULD);
			}
			else {
				foundNowhere.add(each.written());
			}
		}
		BooleanQuery query = some.build();
		return query.clauses().isEmpty() ? null : new SomeClauses(query, List.copyOf(foundNowhere));
	}

	/** Each clause but those of filler words only ("how", "does"); with only filler words, every one. */
	List<Query> meaningfulClauses(FillerWords filler) {
		List<Clause> meaningful = clauses.stream().filter(clause -> !filler.areAll(clause.words())).toList();
		return (meaningful.isEmpty() ? clauses : meaningful).stream().map(Clause::query).toList();
	}

	/** One word or phrase of the query as the reader wrote it (with its synonyms), matched in any field. */
	record Clause(String written, Query query, Set<String> words) {
	}

	/** The query for the articles with some of the words, and the words no article has, as written. */
	record SomeClauses(Query query, List<String> foundNowhere) {
	}

	/** The words with positions counted from the first one, offsets dropped: what to mark in a text. */
	private static List<Token> relative(List<Token> tokens) {
		int first = tokens.get(0).position();
		return tokens.stream().map(token -> new Token(token.term(), token.position() - first, 0, 0)).toList();
	}

	private static Query inField(String field, List<List<Token>> alternatives) {
		if (alternatives.size() == 1) {
			return matching(field, alternatives.get(0));
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		alternatives.forEach(tokens -> any.add(matching(field, tokens), Occur.SHOULD));
		return any.build();
	}

	/** One word, or the words at their relative positions (gaps where stop words were). */
	private static Query matching(String field, List<Token> tokens) {
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0).term()));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		int first = tokens.get(0).position();
		tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position() - first));
		return phrase.build();
	}

}
