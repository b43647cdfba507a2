package org.paintreatment.library.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.paintreatment.library.kernel.BaseEntity;

/**
 * A tag a librarian removed from an article, with the reason. The term is kept by its kind
 * ({@code mechanism} or {@code caveat}) and slug: a removal is written again at each import, from
 * the catalog, so it never outlives the term.
 */
@Entity
@Table(name = "tag_removal")
public class TagRemoval extends BaseEntity {

	public static final String MECHANISM = "mechanism";

	public static final String CAVEAT = "caveat";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@Column(nullable = false, length = 20)
	private String kind;

	@Column(name = "term_slug", nullable = false, length = 80)
	private String termSlug;

	@Column(nullable = false)
	private String reason;

	protected TagRemoval() {
	}

	public String getKind() {
		return kind;
	}

	public String getTermSlug() {
		return termSlug;
	}

	public String getReason() {
		return reason;
	}

}
