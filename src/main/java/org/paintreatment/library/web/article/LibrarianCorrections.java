package org.paintreatment.library.web.article;

import java.util.List;

import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * What a librarian corrected of an article's tags: whether any tag was added or removed, and
 * each tag removed with the reason (an added tag says so on its own evidence).
 */
public record LibrarianCorrections(boolean corrected, List<RemovedTag> removed) {

	public static final LibrarianCorrections NONE = new LibrarianCorrections(false, List.of());

	public LibrarianCorrections {
		removed = List.copyOf(removed);
	}

	/** A tag the classifier found and a librarian removed, and why. */
	public record RemovedTag(TermSummary term, String reason) {
	}

	public List<RemovedTag> removedMechanisms() {
		return removed(TermKind.MECHANISM);
	}

	public List<RemovedTag> removedCaveats() {
		return removed(TermKind.CAVEAT);
	}

	private List<RemovedTag> removed(TermKind kind) {
		return removed.stream().filter(tag -> tag.term().kind() == kind).toList();
	}

}
