package org.paintreatment.library.web.article;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.RelatedArticle;
import org.paintreatment.library.kernel.Sha256;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.TreatmentFacts;

/**
 * What each article's page is made from, as a key: the same key, the same page. An article's page
 * depends on its own row (its version is the time it was last imported), on its related articles
 * and why they are related (other articles' tags and titles), on every term's name (the tags it
 * shows), on the librarian's key facts, and on the templates and styles ({@code design}). Each
 * part is written out in a fixed order, never through a set's iteration order, so that the same
 * library gives the same keys in another run.
 */
record PageKeys(LibrarySnapshot snapshot, Map<String, String> bySlug) {

	static PageKeys of(LibrarySnapshot snapshot, Map<Long, Instant> importedAt, TreatmentFacts facts, String design) {
		String shared = sharedPart(snapshot, facts, design);
		// On the calling thread alone, though each key weighs the article against every other: on
		// both cores, the pass at start-up delayed a restarted library's first page by about 2 s.
		Map<String, String> keys = new HashMap<>();
		for (IndexedArticle article : snapshot.articles()) {
			Instant stamp = importedAt.get(article.id());
			if (stamp != null) {
				keys.put(article.slug(), keyOf(shared, article, stamp, snapshot));
			}
		}
		return new PageKeys(snapshot, Map.copyOf(keys));
	}

	/** The key of this article's page, or null if it has none (not in the snapshot). */
	String of(String slug) {
		return bySlug.get(slug);
	}

	private static String sharedPart(LibrarySnapshot snapshot, TreatmentFacts facts, String design) {
		StringBuilder shared = new StringBuilder(design).append('\n');
		for (TermKind kind : TermKind.values()) {
			snapshot.terms(kind).forEach(term -> shared.append(term).append('\n'));
		}
		snapshot.terms(TermKind.TREATMENT).forEach(term -> shared.append(facts.of(term.slug())).append('\n'));
		return digest(shared.toString());
	}

	private static String keyOf(String shared, IndexedArticle article, Instant importedAt, LibrarySnapshot snapshot) {
		StringBuilder key = new StringBuilder(shared).append('\n')
			.append(article.id())
			.append('\n')
			.append(importedAt.toEpochMilli())
			.append('\n');
		for (RelatedArticle related : snapshot.relatedWithReasons(article)) {
			key.append(related.slug()).append('\t').append(related.title()).append('\t').append(related.reason())
				.append('\n');
		}
		return digest(key.toString());
	}

	private static String digest(String text) {
		return Sha256.hex(text).substring(0, 40);
	}

}
