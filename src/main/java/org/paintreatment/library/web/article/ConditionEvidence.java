package org.paintreatment.library.web.article;

import java.util.List;

import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.ConditionStrength;

/**
 * A condition an article names, how much it is about it, and the article's sentences that show it.
 */
public record ConditionEvidence(TermSummary term, ConditionStrength strength, List<String> sentences) {

	public boolean isAbout() {
		return strength == ConditionStrength.ABOUT;
	}

}
