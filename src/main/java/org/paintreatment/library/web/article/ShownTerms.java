package org.paintreatment.library.web.article;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.ConditionTag;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.text.PageFacts;

/**
 * The taxonomy's terms as one snapshot knows them, to show an article's stored tags: each by its
 * current name, in the taxonomy's order. Names and order are looked up per request, not stored
 * with the article, since the taxonomy can change without the article changing.
 */
final class ShownTerms {

	private final LibrarySnapshot snapshot;

	private final Map<TermKind, Map<String, Integer>> positions = new EnumMap<>(TermKind.class);

	private final Map<TermKind, Map<String, TermSummary>> terms = new EnumMap<>(TermKind.class);

	private ShownTerms(LibrarySnapshot snapshot) {
		this.snapshot = snapshot;
		for (TermKind kind : TermKind.values()) {
			Map<String, Integer> position = new HashMap<>();
			Map<String, TermSummary> bySlug = new HashMap<>();
			for (TermSummary term : snapshot.terms(kind)) {
				position.putIfAbsent(term.slug(), position.size());
				bySlug.putIfAbsent(term.slug(), term);
			}
			positions.put(kind, position);
			terms.put(kind, bySlug);
		}
	}

	static ShownTerms of(LibrarySnapshot snapshot) {
		return new ShownTerms(snapshot);
	}

	/** Whether these are the terms of {@code other}, the same snapshot. */
	boolean isOf(LibrarySnapshot other) {
		return snapshot == other;
	}

	/** The term by its current name; one the taxonomy no longer has, by its slug. */
	TermSummary term(TermKind kind, String slug) {
		TermSummary term = terms.get(kind).get(slug);
		return term != null ? term : new TermSummary(kind, slug, slug, "");
	}

	List<TermEvidence> evidence(TermKind kind, List<PageFacts.Tag> tags) {
		return tags.stream()
			.sorted(inTaxonomyOrder(kind, PageFacts.Tag::slug))
			.map(tag -> new TermEvidence(term(kind, tag.slug()), tag.quotes(), tag.addedByLibrarian()))
			.toList();
	}

	List<ConditionEvidence> conditions(List<ConditionTag> conditions) {
		return conditions.stream()
			.sorted(inTaxonomyOrder(TermKind.CONDITION, ConditionTag::slug))
			.map(tag -> new ConditionEvidence(term(TermKind.CONDITION, tag.slug()), tag.strength(), tag.evidence()))
			.toList();
	}

	LibrarianCorrections corrections(boolean corrected, List<PageFacts.Removal> removals) {
		if (!corrected) {
			return LibrarianCorrections.NONE;
		}
		return new LibrarianCorrections(true, removals.stream()
			.map(removal -> new LibrarianCorrections.RemovedTag(term(removal.kind(), removal.slug()), removal.reason()))
			.toList());
	}

	/** The taxonomy's order; a term it no longer has comes last. */
	private <T> Comparator<T> inTaxonomyOrder(TermKind kind, Function<T, String> slug) {
		Map<String, Integer> position = positions.get(kind);
		return Comparator.comparingInt(item -> position.getOrDefault(slug.apply(item), Integer.MAX_VALUE));
	}

}
