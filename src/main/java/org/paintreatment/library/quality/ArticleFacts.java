package org.paintreatment.library.quality;

import java.time.LocalDate;
import java.util.List;

import org.paintreatment.library.taxonomy.Classification;
import org.paintreatment.library.taxonomy.SourceType;

/**
 * What the checklist reads of an article: its source fields (any may be null: not known), its
 * sentences (headings included), the sentences of its prose for the reading grade, and what the
 * classifier found in it.
 */
public record ArticleFacts(String author, String site, String url, LocalDate published, LocalDate reviewed,
		SourceType sourceType, List<String> sentences, List<String> prose, Classification tags) {

	public ArticleFacts {
		sentences = List.copyOf(sentences);
		prose = List.copyOf(prose);
	}

}
