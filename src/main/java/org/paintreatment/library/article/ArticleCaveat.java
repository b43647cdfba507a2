package org.paintreatment.library.article;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.paintreatment.library.taxonomy.store.Caveat;

/**
 * An article states a caveat; the evidence is the article's own sentences.
 */
@Entity
@Table(name = "article_caveat")
public class ArticleCaveat extends Evidence {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "caveat_id")
	private Caveat caveat;

	protected ArticleCaveat() {
	}

	ArticleCaveat(Article article, Caveat caveat, List<String> sentences) {
		super(article, sentences);
		this.caveat = caveat;
	}

	public Caveat getCaveat() {
		return caveat;
	}

}
