package org.paintreatment.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.paintreatment.library.kernel.RuleFile;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.search.LibraryAnalyzers.Token;
import org.paintreatment.library.taxonomy.Phrase;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TermDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the articles: the reader's words → ranked article ids, snippets of the
 * best-matching passages, and a spelling suggestion. Reads only the Lucene index, never the
 * database.
 */
@Service
public class SearchService {

	private static final Logger log = LoggerFactory.getLogger(SearchService.class);

	private final SearchIndex index;

	private final Analyzer english = LibraryAnalyzers.english();

	private final Analyzer matching = LibraryAnalyzers.matching();

	private final Synonyms synonyms;

	private final FillerWords filler;

	private final Suggester suggester;

	private final SnippetBuilder snippets = new SnippetBuilder();

	/**
	 * @param rules where the synonym rules and the filler words are ({@code library.rules.synonyms},
	 * {@code library.rules.filler-words}; inside the application by default)
	 */
	SearchService(SearchIndex index, Taxonomy taxonomy, RulesProperties rules) {
		this.index = index;
		Resource synonymsFile = rules.synonyms();
		Resource fillerWordsFile = rules.fillerWords();
		this.synonyms = Synonyms.read(RuleFile.text(synonymsFile), synonymsFile.getDescription(),
				text -> LibraryAnalyzers.terms(matching, text));
		this.filler = FillerWords.parse(RuleFile.text(fillerWordsFile), text -> LibraryAnalyzers.terms(english, text));
		Set<String> known = new HashSet<>(synonyms.vocabulary());
		Stream.of(taxonomy.treatments(), taxonomy.mechanisms(), taxonomy.caveats(), taxonomy.conditions())
			.flatMap(List::stream)
			.flatMap(SearchService::wordsOf)
			.forEach(text -> known.addAll(LibraryAnalyzers.terms(matching, text)));
		this.suggester = new Suggester(LibraryAnalyzers.surface(), matching, english, known);
		log.info("Search: {} synonym rule(s) from {}, {} filler word(s) from {}; index in {}", synonyms.size(),
				synonymsFile.getDescription(), filler.size(), fillerWordsFile.getDescription(), index.folder());
	}

	private static Stream<String> wordsOf(TermDefinition term) {
		return Stream.concat(Stream.of(term.slug().replace('-', ' '), term.name()),
				term.phrases().stream().map(Phrase::written));
	}

	/**
	 * The articles matching every word and phrase of {@code text}, best first; when none matches
	 * them all, those matching some, more and rarer words first ({@link SearchHits#someWordsOnly()}).
	 */
	public SearchHits search(String text) {
		SearchQuery query = SearchQuery.parse(text);
		LuceneQuery articleQuery = LuceneQuery.of(QueryPlan.of(query, synonyms, matching), english);
		return index.search(searcher -> {
			List<Long> ids = articleQuery == null ? List.of() : ranked(searcher, articleQuery.query());
			LuceneQuery.SomeClauses some = ids.isEmpty() && articleQuery != null
					? articleQuery.someClauses(clause -> count(searcher, clause), searcher.getIndexReader().numDocs(), filler)
					: null;
			if (some != null) {
				ids = ranked(searcher, some.query());
			}
			Optional<String> suggestion = suggester.suggest(query, searcher.getIndexReader())
				.filter(corrected -> !corrected.equalsIgnoreCase(query.text().strip()))
				.filter(corrected -> findsAny(searcher, corrected));
			return new SearchHits(ids, some != null, some == null ? List.of() : some.foundNowhere(), suggestion,
					articleQuery == null ? List.of() : articleQuery.patterns());
		});
	}

	/** True when the corrected query finds articles, with every word or failing that with some. */
	private boolean findsAny(LibrarySearcher searcher, String text) {
		LuceneQuery corrected = LuceneQuery.of(QueryPlan.of(SearchQuery.parse(text), synonyms, matching), english);
		return corrected != null && (count(searcher, corrected.query()) > 0 || corrected.someClauses(
				clause -> count(searcher, clause), searcher.getIndexReader().numDocs(), filler) != null);
	}

	private static int count(LibrarySearcher searcher, Query query) {
		try {
			return searcher.count(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every hit, best score first and equal scores in the tie-breaking order. Each hit becomes one
	 * long, (inverted score bits, tie rank), so one primitive sort ranks them all.
	 */
	private static List<Long> ranked(LibrarySearcher searcher, Query query) {
		AllHits hits;
		try {
			hits = searcher.search(query, AllHits.manager());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot search the index", ex);
		}
		long[] keys = new long[hits.size];
		int[] docByRank = new int[searcher.getIndexReader().maxDoc()];
		for (int i = 0; i < hits.size; i++) {
			int rank = searcher.tieRankOf(hits.docs[i]);
			docByRank[rank] = hits.docs[i];
			// scores are never negative, so their bits order like the floats
			long inverted = Integer.MAX_VALUE - Float.floatToIntBits(hits.scores[i]);
			keys[i] = inverted << 32 | rank;
		}
		Arrays.sort(keys);
		List<Long> ids = new ArrayList<>(keys.length);
		for (long key : keys) {
			ids.add(searcher.idOf(docByRank[(int) key]));
		}
		return ids;
	}

	/**
	 * For each of these articles, the best passage of its text (or summary) with the matched words in
	 * {@code <mark>}; HTML in which everything else is escaped. A passage the summary already shows
	 * is passed over when another one matches. An article whose text matched no word (found by its
	 * title or a term name) gets its opening lines.
	 */
	public Map<Long, String> snippets(SearchHits hits, Collection<Long> ids) {
		return index.search(searcher -> {
			Map<Long, String> found = new LinkedHashMap<>();
			try {
				StoredFields stored = searcher.storedFields();
				List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
				for (Long id : ids) {
					int doc = searcher.docOf(id);
					if (doc < 0) {
						continue;
					}
					LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
					Document text = stored.document(doc, Set.of(ArticleFields.BODY, ArticleFields.SUMMARY));
					String body = text.get(ArticleFields.BODY);
					String summary = text.get(ArticleFields.SUMMARY);
					int leafDoc = doc - leaf.docBase;
					found.put(id, snippets.best(body, matches(leaf.reader(), leafDoc, ArticleFields.BODY, hits.patterns()), summary)
						.or(() -> snippets.best(summary,
								matches(leaf.reader(), leafDoc, ArticleFields.SUMMARY, hits.patterns())))
						.orElseGet(() -> snippets.opening(body)));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the search index", ex);
			}
			return found;
		});
	}

	/**
	 * Where the patterns occur in one field of one document, read from the postings (which keep
	 * every word's position and offsets): single words anywhere, phrases only as a whole.
	 */
	static List<SnippetBuilder.Match> matches(LeafReader reader, int doc, String field, List<List<Token>> patterns) {
		try {
			Terms terms = reader.terms(field);
			if (terms == null || patterns.isEmpty()) {
				return List.of();
			}
			Map<String, Map<Integer, int[]>> occurrences = new HashMap<>();
			TermsEnum words = terms.iterator();
			PostingsEnum postings = null;
			for (List<Token> pattern : patterns) {
				for (Token word : pattern) {
					if (occurrences.containsKey(word.term())) {
						continue;
					}
					Map<Integer, int[]> at = new HashMap<>();
					occurrences.put(word.term(), at);
					if (!words.seekExact(new BytesRef(word.term()))) {
						continue;
					}
					postings = words.postings(postings, PostingsEnum.OFFSETS);
					if (postings.advance(doc) != doc) {
						continue;
					}
					for (int i = postings.freq(); i > 0; i--) {
						int position = postings.nextPosition();
						if (postings.startOffset() >= 0 && postings.endOffset() > postings.startOffset()) {
							at.put(position, new int[] { postings.startOffset(), postings.endOffset() });
						}
					}
				}
			}
			List<SnippetBuilder.Match> matches = new ArrayList<>();
			for (List<Token> pattern : patterns) {
				Token first = pattern.get(0);
				for (Map.Entry<Integer, int[]> start : occurrences.get(first.term()).entrySet()) {
					List<SnippetBuilder.Match> occurrence = new ArrayList<>();
					for (Token word : pattern) {
						int[] offsets = occurrences.get(word.term()).get(start.getKey() + word.position());
						if (offsets == null) {
							occurrence = null;
							break;
						}
						occurrence.add(new SnippetBuilder.Match(offsets[0], offsets[1], word.term()));
					}
					if (occurrence != null) {
						matches.addAll(occurrence);
					}
				}
			}
			return matches;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the search index", ex);
		}
	}

}
