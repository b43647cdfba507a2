package org.paintreatment.library.taxonomy;

import java.util.List;

/**
 * One taxonomy term as the librarian wrote it: a treatment, mechanism, caveat or condition with
 * the phrases that detect it in an article, and (for conditions) the phrases that look like it
 * but are something else ("respiratory depression" is no depression).
 */
public record TermDefinition(String slug, String name, String description, List<Phrase> phrases,
		List<Phrase> exceptions) {

	public TermDefinition {
		phrases = List.copyOf(phrases);
		exceptions = List.copyOf(exceptions);
	}

	public TermDefinition(String slug, String name, String description, List<Phrase> phrases) {
		this(slug, name, description, phrases, List.of());
	}

}
