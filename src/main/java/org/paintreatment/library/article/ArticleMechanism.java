package org.paintreatment.library.article;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.paintreatment.library.taxonomy.store.Mechanism;

/**
 * An article states a mechanism; the evidence is the article's own sentences.
 */
@Entity
@Table(name = "article_mechanism")
public class ArticleMechanism extends Evidence {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "mechanism_id")
	private Mechanism mechanism;

	protected ArticleMechanism() {
	}

	ArticleMechanism(Article article, Mechanism mechanism, List<String> sentences) {
		super(article, sentences);
		this.mechanism = mechanism;
	}

	public Mechanism getMechanism() {
		return mechanism;
	}

}
