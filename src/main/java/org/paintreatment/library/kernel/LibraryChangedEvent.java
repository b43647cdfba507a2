package org.paintreatment.library.kernel;

/**
 * The stored library changed: this instance imported, or another instance sharing the database
 * did. The one event for both, so that every read model refreshes the same way whatever the
 * change came from.
 *
 * <p>
 * Its listeners run in the order of the constants below, lowest first (each listener names its
 * constant in {@code @Order}): the search index catches up before the in-memory read model is
 * rebuilt, so that once pages carry the new library version (their ETag), the index already
 * matches it.
 */
public record LibraryChangedEvent(Origin origin) {

	/** The search index (search's {@code SearchIndexer}) listens first. */
	public static final int SEARCH_INDEX_FIRST = 0;

	/** The in-memory read model (article's {@code ReadModel}) listens after the search index. */
	public static final int READ_MODEL_SECOND = 1;

	public enum Origin {

		/** This instance imported the seeds folder. */
		IMPORT,

		/** Another instance sharing the database imported. */
		ANOTHER_INSTANCE

	}

}
