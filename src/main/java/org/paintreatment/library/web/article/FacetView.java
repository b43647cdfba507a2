package org.paintreatment.library.web.article;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.ArticleListing;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * One facet of the article list as the page shows it: its values with counts, selected or not.
 */
public record FacetView(TermKind kind, List<Value> values) {

	/**
	 * One value of the facet.
	 * @param count how many articles have it and pass the other kinds' filters: for a value not
	 * chosen in a kind with no choice, the list that choosing it gives; for a chosen one, how many
	 * of the listed articles have it
	 * @param added in a kind with a chosen value, how many articles choosing this one too would add
	 * to the list (values within a kind are OR); -1 otherwise
	 * @param zeroNote for a chosen value no article has, why; else null
	 */
	public record Value(String slug, String name, long count, boolean selected, long added,
			String zeroNote) {

		/** Whether choosing it would widen the list rather than narrow it. */
		public boolean adds() {
			return added >= 0;
		}

		/** The count beside the name: "(3)", or "+1" for what choosing it would add. */
		public String shownCount() {
			return adds() ? "+" + added : "(" + count + ")";
		}

		/** The same in words, for screen readers. */
		public String spokenCount() {
			return adds() ? "would add " + articles(added) : articles(count);
		}

	}

	/** The values worth showing: those that would give articles, and those already chosen. */
	public static List<FacetView> of(ArticleFilter filter, ArticleListing listing, LibrarySnapshot snapshot) {
		return Arrays.stream(TermKind.values()).map(kind -> facet(kind, filter, listing, snapshot)).toList();
	}

	/** The note beside a chosen value (term or quality question) that no article has. */
	static String zeroNote(boolean otherChoices) {
		return otherChoices ? "no article matches it together with your other choices" : "no article has it yet";
	}

	static String articles(long count) {
		return count == 1 ? "1 article" : count + " articles";
	}

	private static FacetView facet(TermKind kind, ArticleFilter filter, ArticleListing listing,
			LibrarySnapshot snapshot) {
		Map<String, Long> counts = listing.facet(kind);
		List<Value> values = snapshot.terms(kind)
			.stream()
			.filter(term -> counts.getOrDefault(term.slug(), 0L) > 0 || filter.isSelected(kind, term.slug()))
			.map(term -> value(kind, term, counts, listing.additions(kind), filter))
			.toList();
		return new FacetView(kind, values);
	}

	private static Value value(TermKind kind, TermSummary term, Map<String, Long> counts, Map<String, Long> additions,
			ArticleFilter filter) {
		boolean selected = filter.isSelected(kind, term.slug());
		long count = counts.getOrDefault(term.slug(), 0L);
		long added = selected || additions.isEmpty() ? -1 : additions.getOrDefault(term.slug(), 0L);
		String note = selected && count == 0 ? zeroNote(filter.narrowsBesides(kind)) : null;
		return new Value(term.slug(), term.name(), count, selected, added, note);
	}

}
