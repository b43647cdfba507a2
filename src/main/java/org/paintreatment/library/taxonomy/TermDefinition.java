package org.paintreatment.library.taxonomy;

import java.util.List;

/**
 * One taxonomy term as the librarian wrote it: a treatment, mechanism or caveat with the
 * phrases that detect it in an article, and those that detect it only in a certain context.
 */
public record TermDefinition(String slug, String name, String description, List<Phrase> phrases,
		ContextRule inContext) {

	public TermDefinition {
		phrases = List.copyOf(phrases);
		inContext = inContext == null ? ContextRule.NONE : inContext;
	}

	public TermDefinition(String slug, String name, String description, List<Phrase> phrases) {
		this(slug, name, description, phrases, ContextRule.NONE);
	}

}
