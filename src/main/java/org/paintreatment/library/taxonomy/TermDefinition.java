package org.paintreatment.library.taxonomy;

import java.util.List;

/**
 * One taxonomy term as the librarian wrote it: a treatment, mechanism or caveat with the
 * phrases that detect it in an article.
 */
public record TermDefinition(String slug, String name, String description, List<Phrase> phrases) {

	public TermDefinition {
		phrases = List.copyOf(phrases);
	}

}
