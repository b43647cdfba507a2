package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.stream.Stream;

/**
 * One taxonomy term as the librarian wrote it: a treatment, mechanism, caveat or condition with
 * the phrases that detect it in an article, those that detect it only in a certain context, and
 * (for conditions) the phrases that look like it but are something else ("respiratory depression"
 * is no depression), and whether it is broad: a broad condition yields to a narrower one named inside
 * its phrase ("chronic low back pain" is low back pain).
 */
public record TermDefinition(String slug, String name, String description, List<Phrase> phrases,
		ContextRule inContext, List<Phrase> exceptions, boolean broad) {

	public TermDefinition {
		phrases = List.copyOf(phrases);
		inContext = inContext == null ? ContextRule.NONE : inContext;
		exceptions = List.copyOf(exceptions);
	}

	public TermDefinition(String slug, String name, String description, List<Phrase> phrases, ContextRule inContext) {
		this(slug, name, description, phrases, inContext, List.of(), false);
	}

	public TermDefinition(String slug, String name, String description, List<Phrase> phrases) {
		this(slug, name, description, phrases, ContextRule.NONE);
	}

	/** The words that name the term: its slug as words, its name and its detection phrases. */
	public Stream<String> namingWords() {
		return Stream.concat(Stream.of(slug.replace('-', ' '), name), phrases.stream().map(Phrase::written));
	}

}
