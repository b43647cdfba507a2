package org.paintreatment.library.web.article;

import java.util.HashMap;
import java.util.Map;

import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * Looks up a term's display name by kind and slug, for templates.
 */
public final class TermNames {

	private final Map<String, String> names;

	private TermNames(Map<String, String> names) {
		this.names = names;
	}

	public static TermNames of(LibrarySnapshot snapshot) {
		Map<String, String> names = new HashMap<>();
		for (TermKind kind : TermKind.values()) {
			for (TermSummary term : snapshot.terms(kind)) {
				names.put(kind + ":" + term.slug(), term.name());
			}
		}
		return new TermNames(names);
	}

	public String name(TermKind kind, String slug) {
		return names.getOrDefault(kind + ":" + slug, slug);
	}

}
