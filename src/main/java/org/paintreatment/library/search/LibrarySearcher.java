package org.paintreatment.library.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * A searcher over one committed state of the index that knows every document's place in the
 * tie-breaking order (treatment's place in the taxonomy, then title, then slug) and the article at
 * each place. Both are read once when the state is opened, so a search needs no per-hit look-ups.
 */
final class LibrarySearcher extends IndexSearcher {

	private final int[] tieRank;

	private final long[] idByTieRank;

	private final Map<Long, Integer> docById;

	LibrarySearcher(IndexReader reader) throws IOException {
		super(reader);
		int maxDoc = reader.maxDoc();
		long[] idByDoc = new long[maxDoc];
		Arrays.fill(idByDoc, -1);
		int[] order = new int[maxDoc];
		String[] titles = new String[maxDoc];
		String[] slugs = new String[maxDoc];
		this.docById = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			NumericDocValues ids = leaf.reader().getNumericDocValues(ArticleFields.ID);
			NumericDocValues treatments = leaf.reader().getNumericDocValues(ArticleFields.TREATMENT_ORDER);
			SortedDocValues titleKeys = leaf.reader().getSortedDocValues(ArticleFields.TITLE_SORT);
			SortedDocValues slugKeys = leaf.reader().getSortedDocValues(ArticleFields.SLUG);
			Bits live = leaf.reader().getLiveDocs();
			if (ids == null || treatments == null || titleKeys == null || slugKeys == null) {
				continue;
			}
			for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
				if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
					continue;
				}
				int global = leaf.docBase + doc;
				idByDoc[global] = ids.longValue();
				docById.put(ids.longValue(), global);
				order[global] = treatments.advanceExact(doc) ? (int) treatments.longValue() : Integer.MAX_VALUE;
				titles[global] = titleKeys.advanceExact(doc) ? titleKeys.lookupOrd(titleKeys.ordValue()).utf8ToString() : "";
				slugs[global] = slugKeys.advanceExact(doc) ? slugKeys.lookupOrd(slugKeys.ordValue()).utf8ToString() : "";
			}
		}
		Integer[] docs = docById.values().toArray(Integer[]::new);
		Arrays.sort(docs, Comparator.<Integer>comparingInt(doc -> order[doc])
			.thenComparing(doc -> titles[doc])
			.thenComparing(doc -> slugs[doc]));
		this.tieRank = new int[maxDoc];
		this.idByTieRank = new long[docs.length];
		for (int rank = 0; rank < docs.length; rank++) {
			tieRank[docs[rank]] = rank;
			idByTieRank[rank] = idByDoc[docs[rank]];
		}
	}

	/** The document of an article, or -1 when it is not indexed. */
	int docOf(long id) {
		return docById.getOrDefault(id, -1);
	}

	/** Smaller comes first among documents with the same score. */
	int tieRankOf(int doc) {
		return tieRank[doc];
	}

	/**
	 * The article id at each place of the tie-breaking order: this searcher's own array, never
	 * changed, so hits may keep it after the searcher is released.
	 */
	long[] idsByTieRank() {
		return idByTieRank;
	}

}
