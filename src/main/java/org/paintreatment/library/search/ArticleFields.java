package org.paintreatment.library.search;

/**
 * The fields of an article in the search index.
 */
final class ArticleFields {

	/** The article's database id, as a keyword (to update or delete it) and a number (to read it). */
	static final String ID = "id";

	/** When the article was last imported: a stored article whose stamp differs is indexed afresh. */
	static final String STAMP = "stamp";

	static final String SLUG = "slug";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	/** The names of the article's treatment, mechanisms, caveats and conditions, searchable as words. */
	static final String TAGS = "tags";

	static final String BODY = "body";

	/** Keyword fields for the term slugs (treatment, mechanism, caveat, condition). */
	static final String TREATMENT = "treatment";

	static final String MECHANISM = "mechanism";

	static final String CAVEAT = "caveat";

	static final String CONDITION = "condition";

	/** Sort keys breaking ties of score: the treatment's place in the taxonomy, then the title. */
	static final String TREATMENT_ORDER = "treatment_order";

	static final String TITLE_SORT = "title_sort";

	/** Every word as written (not stemmed): the vocabulary spelling suggestions come from. */
	static final String SPELL = "spell";

	private ArticleFields() {
	}

}
