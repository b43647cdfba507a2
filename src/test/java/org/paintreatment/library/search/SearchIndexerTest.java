package org.paintreatment.library.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.importer.LibraryImporter;
import org.paintreatment.library.support.LibraryTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the database by itself: after the start-up import it holds every article,
 * an entry that went missing comes back at the next synchronisation, and a rebuild starts from
 * nothing.
 */
@LibraryTest
class SearchIndexerTest {

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchService search;

	@Autowired
	ReadModel library;

	@Autowired
	LibraryImporter importer;

	@Test
	void theStartUpImportFilledTheIndex() {
		assertThat(index.size()).isEqualTo(library.current().articles().size()).isEqualTo(5);
		assertThat(index.folder().toString()).contains("test-index");
	}

	@Test
	void anUpToDateIndexIsLeftAlone() {
		SearchIndexer.Outcome outcome = indexer.synchronise();

		assertThat(outcome.indexed()).isZero();
		assertThat(outcome.removed()).isZero();
		assertThat(outcome.unchanged()).isEqualTo(5);
	}

	@Test
	void aReimportOfUnchangedFilesIndexesNothing() {
		importer.importAll();

		assertThat(indexer.synchronise().indexed()).isZero();
		assertThat(index.size()).isEqualTo(5);
	}

	@Test
	void aMissingEntryIsIndexedAgain() {
		long kratom = library.current().articlesWith(org.paintreatment.library.taxonomy.TermKind.TREATMENT, "kratom")
			.get(0)
			.id();
		index.write(Map.of(), List.of(kratom), false);
		index.commit();
		assertThat(search.search("mitragynine").ids()).isEmpty();

		SearchIndexer.Outcome outcome = indexer.synchronise();

		assertThat(outcome.indexed()).isEqualTo(1);
		assertThat(search.search("mitragynine").ids()).containsExactly(kratom);
	}

	@Test
	void aRebuildIndexesEveryArticleFromScratch() {
		SearchIndexer.Outcome outcome = indexer.rebuild();

		assertThat(outcome.indexed()).isEqualTo(5);
		assertThat(index.size()).isEqualTo(5);
		assertThat(search.search("ketamine").ids()).hasSize(3);
	}

}
