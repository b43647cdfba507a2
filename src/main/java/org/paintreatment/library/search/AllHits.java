package org.paintreatment.library.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every matching document with its score: the list needs all hits (the facet filters
 * and counts apply to them), and a plain array is cheaper than a priority queue of that size.
 */
final class AllHits extends SimpleCollector {

	int[] docs = new int[64];

	float[] scores = new float[64];

	int size;

	private int docBase;

	private Scorable scorer;

	static CollectorManager<AllHits, AllHits> manager() {
		return new CollectorManager<>() {
			@Override
			public AllHits newCollector() {
				return new AllHits();
			}

			@Override
			public AllHits reduce(Collection<AllHits> collectors) {
				if (collectors.size() == 1) {
					return collectors.iterator().next();
				}
				AllHits all = new AllHits();
				collectors.forEach(hits -> {
					for (int i = 0; i < hits.size; i++) {
						all.add(hits.docs[i], hits.scores[i]);
					}
				});
				return all;
			}
		};
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) {
		docBase = context.docBase;
	}

	@Override
	public void setScorer(Scorable scorer) {
		this.scorer = scorer;
	}

	@Override
	public void collect(int doc) throws IOException {
		add(docBase + doc, scorer.score());
	}

	private void add(int doc, float score) {
		if (size == docs.length) {
			docs = Arrays.copyOf(docs, size * 2);
			scores = Arrays.copyOf(scores, size * 2);
		}
		docs[size] = doc;
		scores[size] = score;
		size++;
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE;
	}

}
