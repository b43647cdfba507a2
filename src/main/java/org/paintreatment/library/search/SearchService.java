package org.paintreatment.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.paintreatment.library.search.LibraryAnalyzers.Token;
import org.paintreatment.library.taxonomy.Phrase;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TermDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the articles: the reader's words → ranked article ids, snippets of the
 * best-matching passages, and a spelling suggestion. Reads only the Lucene index, never the
 * database.
 */
@Service
public class SearchService {

	private static final Logger log = LoggerFactory.getLogger(SearchService.class);

	public static final String SYNONYMS_RESOURCE = "/library/synonyms.txt";

	/** Score first; equal scores by the treatment's place in the taxonomy, then title, then slug. */
	private static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
			new SortField(ArticleFields.TREATMENT_ORDER, SortField.Type.INT),
			new SortField(ArticleFields.TITLE_SORT, SortField.Type.STRING),
			new SortField(ArticleFields.SLUG, SortField.Type.STRING));

	private final SearchIndex index;

	private final Analyzer english = LibraryAnalyzers.english();

	private final Analyzer matching = LibraryAnalyzers.matching();

	private final Synonyms synonyms;

	private final Suggester suggester;

	private final SnippetBuilder snippets = new SnippetBuilder();

	SearchService(SearchIndex index, Taxonomy taxonomy) {
		this.index = index;
		this.synonyms = Synonyms.fromClasspath(SYNONYMS_RESOURCE, text -> LibraryAnalyzers.terms(matching, text));
		Set<String> known = new HashSet<>(synonyms.vocabulary());
		Stream.of(taxonomy.treatments(), taxonomy.mechanisms(), taxonomy.caveats())
			.flatMap(List::stream)
			.flatMap(SearchService::wordsOf)
			.forEach(text -> known.addAll(LibraryAnalyzers.terms(matching, text)));
		this.suggester = new Suggester(LibraryAnalyzers.surface(), matching, english, known);
		log.info("Search: {} synonym rule(s) from {}; index in {}", synonyms.size(), SYNONYMS_RESOURCE, index.folder());
	}

	private static Stream<String> wordsOf(TermDefinition term) {
		return Stream.concat(Stream.of(term.slug().replace('-', ' '), term.name()),
				term.phrases().stream().map(Phrase::written));
	}

	/** The articles matching every word and phrase of {@code text}, best first. */
	public SearchHits search(String text) {
		SearchQuery query = SearchQuery.parse(text);
		ArticleQuery articleQuery = ArticleQuery.of(QueryPlan.of(query, synonyms, matching), english);
		return index.search(searcher -> {
			List<Long> ids = articleQuery == null ? List.of() : ranked(searcher, articleQuery);
			Optional<String> suggestion = suggester.suggest(query, searcher.getIndexReader())
				.filter(corrected -> !corrected.equalsIgnoreCase(query.text().strip()))
				.filter(corrected -> findsAny(searcher, corrected));
			return new SearchHits(ids, suggestion, articleQuery == null ? List.of() : articleQuery.patterns());
		});
	}

	private boolean findsAny(IndexSearcher searcher, String text) {
		ArticleQuery corrected = ArticleQuery.of(QueryPlan.of(SearchQuery.parse(text), synonyms, matching), english);
		try {
			return corrected != null && searcher.count(corrected.query()) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Long> ranked(IndexSearcher searcher, ArticleQuery query) {
		try {
			int all = Math.max(1, searcher.getIndexReader().numDocs());
			ScoreDoc[] hits = searcher.search(query.query(), all, RANKING, true).scoreDocs;
			return idsOf(searcher, hits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot search the index", ex);
		}
	}

	/** Reads the article ids of the hits in document order (as doc values want), keeping the ranking. */
	private static List<Long> idsOf(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Integer[] byDoc = new Integer[hits.length];
		Arrays.setAll(byDoc, i -> i);
		Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
		Long[] ids = new Long[hits.length];
		int leafIndex = -1;
		NumericDocValues values = null;
		for (int i : byDoc) {
			int doc = hits[i].doc;
			int leaf = ReaderUtil.subIndex(doc, leaves);
			if (leaf != leafIndex) {
				leafIndex = leaf;
				values = leaves.get(leaf).reader().getNumericDocValues(ArticleFields.ID);
			}
			if (values != null && values.advanceExact(doc - leaves.get(leaf).docBase)) {
				ids[i] = values.longValue();
			}
		}
		return Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * For each of these articles, the best passage of its text (or summary) with the matched words in
	 * {@code <mark>}; HTML in which everything else is escaped. An article whose text matched no
	 * word (found by its title or a term name) gets its opening lines.
	 */
	public Map<Long, String> snippets(SearchHits hits, Collection<Long> ids) {
		return index.search(searcher -> {
			Map<Long, String> found = new LinkedHashMap<>();
			try {
				for (Long id : ids) {
					TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.ID, Long.toString(id))), 1);
					if (top.scoreDocs.length == 0) {
						continue;
					}
					Document stored = searcher.storedFields()
						.document(top.scoreDocs[0].doc, Set.of(ArticleFields.BODY, ArticleFields.SUMMARY));
					found.put(id, snippet(stored.get(ArticleFields.BODY), stored.get(ArticleFields.SUMMARY), hits.patterns()));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the search index", ex);
			}
			return found;
		});
	}

	String snippet(String body, String summary, List<List<Token>> patterns) {
		return snippets.best(body, matches(body, patterns))
			.or(() -> snippets.best(summary, matches(summary, patterns)))
			.orElseGet(() -> snippets.opening(body));
	}

	/** Where the patterns occur in the text: single words anywhere, phrases only as a whole. */
	List<SnippetBuilder.Match> matches(String text, List<List<Token>> patterns) {
		if (patterns.isEmpty()) {
			return List.of();
		}
		List<Token> tokens = LibraryAnalyzers.tokens(english, text);
		Map<Integer, Token> byPosition = new HashMap<>();
		tokens.forEach(token -> byPosition.putIfAbsent(token.position(), token));
		List<SnippetBuilder.Match> matches = new ArrayList<>();
		for (Token token : tokens) {
			for (List<Token> pattern : patterns) {
				if (!pattern.get(0).term().equals(token.term())) {
					continue;
				}
				List<Token> occurrence = new ArrayList<>();
				for (Token word : pattern) {
					Token found = byPosition.get(token.position() + word.position());
					if (found == null || !found.term().equals(word.term())) {
						occurrence = null;
						break;
					}
					occurrence.add(found);
				}
				if (occurrence != null) {
					occurrence.forEach(found -> matches.add(new SnippetBuilder.Match(found.start(), found.end(), found.term())));
				}
			}
		}
		return matches;
	}

}
