package org.paintreatment.library.web.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.paintreatment.library.article.Article;
import org.paintreatment.library.taxonomy.SourceType;

/**
 * Where an article came from and when the library reviewed it, as the page, the JSON and the
 * JSON-LD show it; a null field is not known.
 */
public record SourceView(String site, String url, String author, LocalDate published, SourceType type,
		String typeEvidence, LocalDate reviewed, LocalDate reviewDue, String sourceFile) {

	public static final String UNKNOWN = "Unknown";

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	static SourceView of(Article article) {
		return new SourceView(article.getSourceSite(), article.getSourceUrl(), article.getSourceAuthor(),
				article.getSourcePublished(), article.getSourceType(), article.getSourceTypeEvidence(),
				article.getReviewedOn(), article.getReviewDue(), article.getSourceFile());
	}

	public String shownAuthor() {
		return author != null ? author : UNKNOWN;
	}

	public String shownPublished() {
		return shown(published);
	}

	public String shownReviewed() {
		return reviewed != null ? shown(reviewed) : "Not yet reviewed by a librarian";
	}

	public String shownReviewDue() {
		return shown(reviewDue);
	}

	static String shown(LocalDate date) {
		return date == null ? UNKNOWN : SHOWN.format(date);
	}

}
