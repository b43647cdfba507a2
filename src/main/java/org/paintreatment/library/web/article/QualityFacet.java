package org.paintreatment.library.web.article;

import java.util.Arrays;
import java.util.List;

import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.ArticleListing;
import org.paintreatment.library.quality.Question;

/**
 * The article list's quality filter as the page shows it: each checklist question that some of
 * the listed articles meet (or that is chosen), with how many.
 *
 * @param zeroNote for a chosen question no listed article meets, why; else null
 */
public record QualityFacet(Question question, long count, boolean selected, String zeroNote) {

	public static List<QualityFacet> of(ArticleFilter filter, ArticleListing listing) {
		return Arrays.stream(Question.values())
			.map(question -> value(question, filter, listing.meetsCounts().getOrDefault(question.id(), 0L)))
			.filter(value -> value.count() > 0 || value.selected())
			.toList();
	}

	public String spokenCount() {
		return FacetView.articles(count);
	}

	private static QualityFacet value(Question question, ArticleFilter filter, long count) {
		boolean selected = filter.isMeeting(question);
		String note = selected && count == 0 ? FacetView.zeroNote(filter.narrowsBesides(question)) : null;
		return new QualityFacet(question, count, selected, note);
	}

}
