package org.paintreatment.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.paintreatment.library.kernel.RuleFile;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.search.LibraryAnalyzers.Token;
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

	private final TreatmentNames treatments;

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
			.flatMap(TermDefinition::namingWords)
			.forEach(text -> known.addAll(LibraryAnalyzers.terms(matching, text)));
		this.suggester = new Suggester(LibraryAnalyzers.surface(), matching, english, known);
		this.treatments = TreatmentNames.of(taxonomy.treatments(), text -> LibraryAnalyzers.terms(matching, text));
		log.info("Search: {} synonym rule(s) from {}, {} filler word(s) from {}; index in {}", synonyms.size(),
				synonymsFile.getDescription(), filler.size(), fillerWordsFile.getDescription(), index.folder());
	}

	/**
	 * The articles matching every word and phrase of {@code text}, best first; when none matches
	 * them all, those matching some, more and rarer words first ({@link SearchHits#someWordsOnly()}).
	 * When no article has every word and a corrected spelling finds a better match, the articles of
	 * the corrected words ({@link SearchHits#correctedFrom()}).
	 */
	public SearchHits search(String text) {
		return search(text, false);
	}

	/**
	 * {@link #search(String)}, or with {@code asTyped} the articles of the words as typed, the
	 * correction only offered ({@link SearchHits#suggestion()}). Either way the articles filed under
	 * a treatment the words name come first.
	 */
	public SearchHits search(String text, boolean asTyped) {
		SearchQuery query = SearchQuery.parse(text);
		return index.search(searcher -> {
			Found typed = find(searcher, query);
			if (typed.keys().length > 0 && typed.some() == null) {
				return typed.hits(query.text(), Optional.empty(), Optional.empty());
			}
			Optional<String> correction = suggester.suggest(query, searcher.getIndexReader())
				.filter(corrected -> !corrected.text().equalsIgnoreCase(query.text().strip()))
				.filter(corrected -> findsBetter(searcher, corrected))
				.map(Suggester.Correction::text);
			if (correction.isPresent() && !asTyped) {
				return find(searcher, SearchQuery.parse(correction.get())).hits(correction.get(),
						Optional.of(query.text()), Optional.empty());
			}
			return typed.hits(query.text(), Optional.empty(), correction);
		});
	}

	private Found find(LibrarySearcher searcher, SearchQuery query) {
		QueryPlan plan = QueryPlan.of(query, synonyms, matching);
		LuceneQuery articleQuery = LuceneQuery.of(plan, english);
		if (articleQuery == null) {
			return new Found(null, new long[0], searcher.idsByTieRank(), null);
		}
		BitSet about = filedUnder(searcher, treatments.namedIn(wordRuns(query, plan)));
		long[] keys = ranked(searcher, articleQuery.query(), about);
		LuceneQuery.SomeClauses some = keys.length == 0
				? articleQuery.someClauses(clause -> count(searcher, clause), searcher.getIndexReader().numDocs(), filler)
				: null;
		if (some != null) {
			keys = ranked(searcher, some.query(), about);
		}
		return new Found(articleQuery, keys, searcher.idsByTieRank(), some);
	}

	/** The query's words, and each synonym a clause also matches, as runs of words to find names in. */
	private List<List<String>> wordRuns(SearchQuery query, QueryPlan plan) {
		return Stream.concat(query.parts().stream().map(SearchQuery.Part::text),
				plan.clauses().stream().flatMap(clause -> clause.alternatives().stream()))
			.map(text -> LibraryAnalyzers.terms(matching, text))
			.toList();
	}

	/** What one query found: its articles' rank keys, and how, when only by some of its words. */
	private record Found(LuceneQuery query, long[] keys, long[] idByTieRank, LuceneQuery.SomeClauses some) {

		SearchHits hits(String searched, Optional<String> correctedFrom, Optional<String> suggestion) {
			return new SearchHits(keys, idByTieRank, some != null, some == null ? List.of() : some.foundNowhere(), suggestion,
					query == null ? List.of() : query.patterns(), searched, correctedFrom);
		}

	}

	/**
	 * True when the corrected query finds a better match than the typed words, which no article has
	 * all of. Either an article has every one of its words (the filler words of a question aside);
	 * or every one of its words is in some article; or the words put in are of the library's own
	 * vocabulary (a treatment, mechanism or caveat word, a synonym), so {@code does acupunture hurt}
	 * becomes {@code does acupuncture hurt} though no article says "hurt". An ordinary word is not
	 * changed into another beside a word the library does not know at all ({@code chiropractic
	 * spine}): that would list articles about something else.
	 */
	private boolean findsBetter(LibrarySearcher searcher, Suggester.Correction correction) {
		LuceneQuery corrected = LuceneQuery.of(QueryPlan.of(SearchQuery.parse(correction.text()), synonyms, matching),
				english);
		if (corrected == null) {
			return false;
		}
		List<Query> clauses = corrected.meaningfulClauses(filler);
		BooleanQuery.Builder every = new BooleanQuery.Builder();
		clauses.forEach(clause -> every.add(clause, Occur.MUST));
		return count(searcher, every.build()) > 0 || clauses.stream().allMatch(clause -> count(searcher, clause) > 0)
				|| correction.replacements().stream().allMatch(suggester::isKnown);
	}

	/** The documents of the articles filed under these treatments, as bits: every hit is looked up in them. */
	private static BitSet filedUnder(LibrarySearcher searcher, Set<String> treatments) {
		if (treatments.isEmpty()) {
			return new BitSet();
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		treatments.forEach(slug -> any.add(new TermQuery(new Term(ArticleFields.TREATMENT, slug)), Occur.SHOULD));
		try {
			AllHits hits = searcher.search(new ConstantScoreQuery(any.build()), AllHits.manager());
			BitSet docs = new BitSet(searcher.getIndexReader().maxDoc());
			for (int i = 0; i < hits.size; i++) {
				docs.set(hits.docs[i]);
			}
			return docs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot search the index", ex);
		}
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
	 * Every hit's rank key ({@link SearchHits#key}), those among {@code first} to come before the
	 * others; in no order, as a page needs only the best twenty of the hits its filters keep.
	 */
	private static long[] ranked(LibrarySearcher searcher, Query query, BitSet first) {
		AllHits hits;
		try {
			hits = searcher.search(query, AllHits.manager());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot search the index", ex);
		}
		long[] keys = new long[hits.size];
		boolean allFirst = first.isEmpty();
		for (int i = 0; i < hits.size; i++) {
			int doc = hits.docs[i];
			keys[i] = SearchHits.key(!allFirst && !first.get(doc), hits.scores[i], searcher.tieRankOf(doc));
		}
		return keys;
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
				Map<Long, Integer> docs = new LinkedHashMap<>();
				ids.forEach(id -> docs.put(id, searcher.docOf(id)));
				docs.values().removeIf(doc -> doc < 0);
				Map<Integer, Map<String, Occurrences>> inBodies = occurrences(leaves, docs.values(), ArticleFields.BODY,
						hits.patterns());
				for (Map.Entry<Long, Integer> shown : docs.entrySet()) {
					int doc = shown.getValue();
					LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
					Document text = stored.document(doc, Set.of(ArticleFields.BODY, ArticleFields.SUMMARY));
					String body = text.get(ArticleFields.BODY);
					String summary = text.get(ArticleFields.SUMMARY);
					List<SnippetBuilder.Match> inBody = matchesOf(inBodies.getOrDefault(doc, Map.of()), hits.patterns());
					found.put(shown.getKey(), snippets.best(body, inBody, summary)
						.or(() -> snippets.best(summary,
								matches(leaf.reader(), doc - leaf.docBase, ArticleFields.SUMMARY, hits.patterns())))
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
			Map<String, Occurrences> occurrences = occurrencesIn(reader, new int[] { doc }, field, patterns).get(doc);
			return matchesOf(occurrences == null ? Map.of() : occurrences, patterns);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the search index", ex);
		}
	}

	/**
	 * Each word's places in one field of these documents (by document), each word's postings read
	 * once for all of them: a page shows 20 articles, and looking every word up again for each was
	 * a third of the snippets' time.
	 */
	private static Map<Integer, Map<String, Occurrences>> occurrences(List<LeafReaderContext> leaves,
			Collection<Integer> docs, String field, List<List<Token>> patterns) throws IOException {
		Map<Integer, Map<String, Occurrences>> byDoc = new HashMap<>();
		for (LeafReaderContext leaf : leaves) {
			int[] inLeaf = docs.stream()
				.mapToInt(Integer::intValue)
				.filter(doc -> doc >= leaf.docBase && doc < leaf.docBase + leaf.reader().maxDoc())
				.map(doc -> doc - leaf.docBase)
				.sorted()
				.distinct()
				.toArray();
			if (inLeaf.length > 0) {
				occurrencesIn(leaf.reader(), inLeaf, field, patterns)
					.forEach((leafDoc, words) -> byDoc.put(leaf.docBase + leafDoc, words));
			}
		}
		return byDoc;
	}

	/** The same within one segment, for its documents {@code docs} in ascending order. */
	private static Map<Integer, Map<String, Occurrences>> occurrencesIn(LeafReader reader, int[] docs, String field,
			List<List<Token>> patterns) throws IOException {
		Map<Integer, Map<String, Occurrences>> byDoc = new HashMap<>();
		Terms terms = reader.terms(field);
		if (terms == null) {
			return byDoc;
		}
		TermsEnum words = terms.iterator();
		PostingsEnum postings = null;
		Set<String> looked = new HashSet<>();
		for (List<Token> pattern : patterns) {
			for (Token word : pattern) {
				if (!looked.add(word.term()) || !words.seekExact(new BytesRef(word.term()))) {
					continue;
				}
				postings = words.postings(postings, PostingsEnum.OFFSETS);
				for (int doc : docs) {
					int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
					if (at == PostingsEnum.NO_MORE_DOCS) {
						break;
					}
					if (at == doc) {
						Occurrences occurrences = new Occurrences();
						occurrences.read(postings);
						byDoc.computeIfAbsent(doc, key -> new HashMap<>()).put(word.term(), occurrences);
					}
				}
			}
		}
		return byDoc;
	}

	/** The matches of the patterns among one document's words: single words anywhere, phrases only as a whole. */
	private static List<SnippetBuilder.Match> matchesOf(Map<String, Occurrences> occurrences,
			List<List<Token>> patterns) {
		List<SnippetBuilder.Match> matches = new ArrayList<>();
		for (List<Token> pattern : patterns) {
			Occurrences first = occurrences.getOrDefault(pattern.get(0).term(), Occurrences.NONE);
			for (int i = 0; i < first.size; i++) {
				addWhole(matches, pattern, first.positions[i], occurrences);
			}
		}
		return matches;
	}

	/** The words of the pattern, when all of them stand at their places from {@code start}. */
	private static void addWhole(List<SnippetBuilder.Match> matches, List<Token> pattern, int start,
			Map<String, Occurrences> occurrences) {
		int size = matches.size();
		for (Token word : pattern) {
			Occurrences at = occurrences.getOrDefault(word.term(), Occurrences.NONE);
			int i = Arrays.binarySearch(at.positions, 0, at.size, start + word.position());
			if (i < 0) {
				matches.subList(size, matches.size()).clear();
				return;
			}
			matches.add(new SnippetBuilder.Match(at.starts[i], at.ends[i], word.term()));
		}
	}

	/**
	 * One word's places in one document, in the order of the postings (by position): arrays, not a
	 * map of boxed positions, as a snippet reads every occurrence of every word searched.
	 */
	private static final class Occurrences {

		static final Occurrences NONE = new Occurrences();

		int[] positions = new int[0];

		int[] starts = new int[0];

		int[] ends = new int[0];

		int size;

		void read(PostingsEnum postings) throws IOException {
			int freq = postings.freq();
			positions = new int[freq];
			starts = new int[freq];
			ends = new int[freq];
			for (int i = 0; i < freq; i++) {
				int position = postings.nextPosition();
				if (postings.startOffset() >= 0 && postings.endOffset() > postings.startOffset()) {
					positions[size] = position;
					starts[size] = postings.startOffset();
					ends[size] = postings.endOffset();
					size++;
				}
			}
		}

	}

}
