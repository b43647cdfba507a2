package org.paintreatment.library.article;

import java.util.List;

/** An article's sentences showing one of its tags, as the evidence column holds them. */
public record QuoteRow(long articleId, String evidence) {

	public List<String> quotes() {
		return Evidence.sentencesOf(evidence);
	}

}
