package org.paintreatment.library.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Batches added from several threads end up in the index, each article once, and a batch that
 * fails is reported to the caller instead of being lost.
 */
class IndexingThreadsTest {

	@TempDir
	Path folder;

	SearchIndex index;

	@BeforeEach
	void openIndex() {
		index = new SearchIndex(new SearchProperties(folder));
	}

	@AfterEach
	void closeIndex() throws Exception {
		index.destroy();
	}

	@Test
	void everyBatchIsAddedOnce() {
		try (IndexingThreads threads = new IndexingThreads(index, 3)) {
			for (int batch = 0; batch < 40; batch++) {
				threads.put(batch(batch * 25L + 1, 25));
			}
			threads.put(batch(1, 25));
			threads.finish();
		}
		index.commit();

		assertThat(index.size()).isEqualTo(1000);
		assertThat(index.stamps()).hasSize(1000).containsKeys(1L, 500L, 1000L);
	}

	@Test
	void aFailedBatchIsReported() {
		try (IndexingThreads threads = new IndexingThreads(index, 2)) {
			threads.put(batch(1, 10));
			Map<Long, Document> broken = new LinkedHashMap<>();
			broken.put(11L, null);
			threads.put(broken);

			assertThatThrownBy(threads::finish).isInstanceOf(RuntimeException.class);
		}
	}

	private static Map<Long, Document> batch(long firstId, int size) {
		Map<Long, Document> documents = new LinkedHashMap<>();
		for (long id = firstId; id < firstId + size; id++) {
			ArticleSource article = new ArticleSource(id, "article-" + id, "Ketamine note " + id, "A summary: of " + id,
					"Ketamine blocks NMDA receptors. Article " + id + " says so.", Instant.ofEpochMilli(id), "ketamine",
					"Ketamine", 1);
			documents.put(id, ArticleDocument.of(article, List.of(new TagName(id, "nmda", "NMDA antagonism")), List.of()));
		}
		return documents;
	}

}
