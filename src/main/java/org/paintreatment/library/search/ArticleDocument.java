package org.paintreatment.library.search;

import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The mapping of an article onto the index: which of its facts are searched, stored or sorted by.
 */
final class ArticleDocument {

	/** The spelling vocabulary only needs to know that a word occurs somewhere. */
	private static final FieldType VOCABULARY = new FieldType();

	/** Stored, and with the offsets of every word in the postings, so snippets need no re-analysis. */
	private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

	static {
		VOCABULARY.setIndexOptions(IndexOptions.DOCS);
		VOCABULARY.setTokenized(true);
		VOCABULARY.setOmitNorms(true);
		VOCABULARY.freeze();
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private ArticleDocument() {
	}

	static Document of(ArticleSource article, List<TagName> mechanisms, List<TagName> caveats) {
		return of(article, mechanisms, caveats, List.of());
	}

	static Document of(ArticleSource article, List<TagName> mechanisms, List<TagName> caveats,
			List<TagName> conditions) {
		Document document = new Document();
		document.add(new StringField(ArticleFields.ID, Long.toString(article.id()), Field.Store.NO));
		document.add(new NumericDocValuesField(ArticleFields.ID, article.id()));
		document.add(new NumericDocValuesField(ArticleFields.STAMP, article.importedAt().toEpochMilli()));
		document.add(new StringField(ArticleFields.SLUG, article.slug(), Field.Store.NO));
		document.add(new SortedDocValuesField(ArticleFields.SLUG, new BytesRef(article.slug())));

		document.add(new TextField(ArticleFields.TITLE, article.title(), Field.Store.NO));
		document.add(new Field(ArticleFields.SUMMARY, article.summary(), TEXT_WITH_OFFSETS));
		document.add(new Field(ArticleFields.BODY, article.plainText(), TEXT_WITH_OFFSETS));
		StringBuilder tags = new StringBuilder(article.treatmentName());
		mechanisms.forEach(tag -> tags.append('\n').append(tag.name()));
		caveats.forEach(tag -> tags.append('\n').append(tag.name()));
		conditions.forEach(tag -> tags.append('\n').append(tag.name()));
		document.add(new TextField(ArticleFields.TAGS, tags.toString(), Field.Store.NO));

		document.add(new StringField(ArticleFields.TREATMENT, article.treatmentSlug(), Field.Store.NO));
		mechanisms.forEach(tag -> document.add(new StringField(ArticleFields.MECHANISM, tag.slug(), Field.Store.NO)));
		caveats.forEach(tag -> document.add(new StringField(ArticleFields.CAVEAT, tag.slug(), Field.Store.NO)));
		conditions.forEach(tag -> document.add(new StringField(ArticleFields.CONDITION, tag.slug(), Field.Store.NO)));

		document.add(new NumericDocValuesField(ArticleFields.TREATMENT_ORDER, article.treatmentPosition()));
		document.add(new SortedDocValuesField(ArticleFields.TITLE_SORT,
				new BytesRef(article.title().toLowerCase(Locale.ROOT))));

		String vocabulary = String.join("\n", article.title(), article.summary(), tags, article.plainText());
		document.add(new Field(ArticleFields.SPELL, vocabulary, VOCABULARY));
		return document;
	}

}
