package org.paintreatment.library.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.paintreatment.library.taxonomy.ConditionStrength;
import org.paintreatment.library.taxonomy.store.Condition;

/**
 * An article names a condition, as its main topic or in passing; the evidence is the article's
 * own sentences.
 */
@Entity
@Table(name = "article_condition")
public class ArticleCondition extends Evidence {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "condition_id")
	private Condition condition;

	@Column(nullable = false, length = 20)
	private String strength;

	protected ArticleCondition() {
	}

	public Condition getCondition() {
		return condition;
	}

	/** The stored strength; a name this version does not know reads as a mention. */
	public ConditionStrength getStrength() {
		return ConditionStrength.of(strength).orElse(ConditionStrength.MENTIONED);
	}

}
